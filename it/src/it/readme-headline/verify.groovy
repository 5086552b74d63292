def log = new File(basedir, "build.log").text
def lines = log.readLines()
// The figure on line 4, column 10; the scoped table row and the API price stay silent; the quote under
// <!-- cost:ignore --> is counted as suppressed.
assert lines.count { it.startsWith("[ERROR] README.md:[4,10] [unscoped-text-claim] README.md states \"\$6M\" without saying what it covers") } == 1
assert lines.count { it.contains("[unscoped-text-claim]") } == 1
assert log.contains("[INFO] costscope: 1 error(s), 0 warning(s), 0 note(s), 1 suppressed, 0 processing error(s) in 1 claim(s) of 1 model release(s)")
assert log.contains("costscope: 1 finding(s) at or above ERROR (unscoped-text-claim)")
assert !lines.any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") } : "a stack trace reached the user"
