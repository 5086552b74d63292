def log = new File(basedir, "build.log").text
def lines = log.readLines()
// At the @TrainingCost itself (line 7, column 1): there is no scope = ... to point at.
assert lines.count { it.startsWith("[ERROR] src/main/java/com/acme/Headline.java:[7,1] [unscoped-claim] The 6M USD claim has no scope: say what it covers;") } == 1
assert log.contains("[INFO] costscope: 1 error(s), 0 warning(s), 0 note(s), 0 suppressed, 0 processing error(s) in 1 claim(s) of 1 model release(s); 1 file(s) scanned, 1 parsed")
assert log.contains("on project unscoped-claim: costscope: 1 finding(s) at or above ERROR (unscoped-claim), each on a line above with what to change -> [Help 1]")
assert log.contains("BUILD FAILURE")
assert !lines.any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") || it.contains("Exception in thread") || it.contains("java.lang.") } : "a stack trace reached the user"
