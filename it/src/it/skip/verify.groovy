def log = new File(basedir, "build.log").text
// check, report and the site page: each says it skipped.
assert log.count("[INFO] costscope: skipped (cost.skip)") == 3
assert !log.contains("[unscoped-claim]")
assert !log.contains("costscope: 0 error(s)") : "skipped, yet something was checked"
assert log.contains("BUILD SUCCESS")
assert !new File(basedir, "target/site/costscope.html").exists() : "a skipped build published a site page"
assert !new File(basedir, "target/costscope/costscope-report.json").exists() : "a skipped build wrote a report"
assert !log.readLines().any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") || it.contains("Exception in thread") || it.contains("java.lang.") } : "a stack trace reached the user"
