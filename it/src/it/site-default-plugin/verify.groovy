def log = new File(basedir, "build.log").text
def lines = log.readLines()
assert log =~ /--- (maven-)?site(-plugin)?:(3\.3|3\.12\.1):site /:
        "Maven's default site plugin ran"
assert log.contains("costscope: the site-report goal needs maven-site-plugin 3.20.0 or newer, and this site is built by an older one")
assert log.contains("<artifactId>maven-site-plugin</artifactId><version>3.21.0</version>")
assert !log.contains("NoClassDefFoundError") && !log.contains("DocumentContent") && !log.contains("AbstractMethodError")
assert !lines.any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") } : "a stack trace reached the user"
assert !new File(basedir, "target/site/costscope.html").exists()
