def page = new File(basedir, "target/site/costscope.html")
assert page.isFile() : "the site has the costscope page"
def html = page.getText("UTF-8")
assert html.contains("Training-cost transparency report")
assert html.contains("<h2>Acme-1</h2>")
assert html.contains("<strong>not included</strong>: ablations are not counted")
assert html.contains("Derived: 2.664M accelerator-hours · implied rate 2 USD per accelerator-hour")
def log = new File(basedir, "build.log").text
assert !log.contains("has an empty version") : "every report plugin is pinned"
assert !log.readLines().any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") } : "a stack trace reached the user"
