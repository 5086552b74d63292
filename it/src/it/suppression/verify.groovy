def log = new File(basedir, "build.log").text
assert log.contains("[INFO] costscope: 0 error(s), 0 warning(s), 0 note(s), 1 suppressed, 0 processing error(s) in 1 claim(s) of 1 model release(s)")
assert !log.contains("[unscoped-claim]")
assert log.contains("BUILD SUCCESS")
assert !log.readLines().any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") || it.contains("Exception in thread") || it.contains("java.lang.") } : "a stack trace reached the user"
