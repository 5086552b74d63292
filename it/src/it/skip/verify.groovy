def log = new File(basedir, "build.log").text
assert log.contains("[INFO] costscope: skipped (cost.skip)")
assert !log.contains("[unscoped-claim]")
assert !log.contains("costscope: 0 error(s)") : "skipped, yet something was checked"
assert log.contains("BUILD SUCCESS")
assert !log.readLines().any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") || it.contains("Exception in thread") || it.contains("java.lang.") } : "a stack trace reached the user"
