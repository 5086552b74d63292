def log = new File(basedir, "build.log").text
assert log.contains("[ERROR] src/main/java/com/acme/Headline.java:[7,1] [unscoped-claim] The 6M USD claim has no scope: say what it covers;")
assert log.contains("[INFO] costscope: 1 error(s), 0 warning(s)")
assert log.contains("costscope: 1 finding(s) at or above ERROR (unscoped-claim), each on a line above with what to change -> [Help 1]")
assert log.contains("BUILD FAILURE")
assert !log.readLines().any { it.startsWith("\tat ") || it.startsWith("Caused by:") } : "a stack trace reached the user"
