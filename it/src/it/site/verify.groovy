def page = new File(basedir, "target/site/costscope.html")
assert page.isFile() : "the site has the costscope page"
def html = page.getText("UTF-8")
assert html.contains("Training-cost transparency report")
assert html.contains("<h2>Acme-1</h2>")
assert !html.contains("Stale-0") : "the page embeds a report from an earlier run"
assert html.contains("<strong>not included</strong>: ablations are not counted")
assert html.contains("Derived: 2.664M accelerator-hours · implied rate 2 USD per accelerator-hour")
assert html.contains("<title>") && html.contains("Training costs")
assert new File(basedir, "target/site/project-reports.html").getText("UTF-8").contains("costscope.html")
def log = new File(basedir, "build.log").text
def lines = log.readLines()
assert !log.contains("has an empty version") : "every report plugin is pinned"
assert !lines.any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") } : "a stack trace reached the user"
// Maven 3.9 and 4 validate every plugin they run and list the issues by plugin: the old clean plugin has some,
// the costscope plugin none (Maven 3.8 does not validate).
if (!mavenVersion.startsWith("3.8")) {
    assert lines.any { it.contains("maven-clean-plugin:2.5") && it.contains("[WARNING]") } : "Maven reported no plugin validation at all"
}
def ours = lines.findAll { it.contains("[WARNING]") && it.contains("cost-maven-plugin") }
assert ours.isEmpty() : "Maven reports plugin validation issues for costscope: " + ours
