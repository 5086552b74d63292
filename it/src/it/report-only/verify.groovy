def log = new File(basedir, "build.log").text
def lines = log.readLines()
assert lines.count { it.startsWith("[ERROR] src/main/java/com/acme/Headline.java:[7,1] [unscoped-claim] The 6M USD claim has no scope: say what it covers;") } == 1
assert log.contains("[INFO] Rule unscoped-claim, what it means and how to fix it: https://github.com/costscope/costscope/blob/main/docs/rules/unscoped-claim.md")
assert log.contains("[INFO] costscope: 1 error(s), 0 warning(s), 0 note(s), 0 suppressed, 0 processing error(s) in 1 claim(s) of 1 model release(s); 1 file(s) scanned, 1 parsed")
assert log.contains("[WARNING] costscope: 1 finding(s) at or above ERROR (unscoped-claim) reported without failing the build (failOnViolation is false)")
assert log.contains("BUILD SUCCESS")
assert !lines.any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") || it.contains("Exception in thread") || it.contains("java.lang.") } : "a stack trace reached the user"
