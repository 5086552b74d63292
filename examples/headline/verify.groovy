// Run by the build's integration tests (it/): the headline must fail the build at its line, for its missing scope only.
def log = new File(basedir, "build.log").text
def lines = log.readLines()
assert lines.count { it.startsWith("[ERROR] src/main/java/dev/costscope/examples/headline/Headline.java:[9,1] [unscoped-claim] The 6M USD claim has no scope") } == 1
assert lines.count { it ==~ /\[INFO\] costscope: 1 error\(s\), 0 warning\(s\), 0 note\(s\), 0 suppressed, 0 processing error\(s\) in 1 claim\(s\) of 1 model release\(s\); \d+ file\(s\) scanned, \d+ parsed/ } == 1
assert log.contains("on project headline: costscope: 1 finding(s) at or above ERROR (unscoped-claim), each on a line above with what to change")
assert log.contains("BUILD FAILURE")
assert !lines.any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") || it.contains("Exception in thread") || it.contains("java.lang.") } : "a stack trace reached the user"
