def log = new File(basedir, "build.log").text
def summaries = log.readLines().findAll { it.startsWith("[INFO] costscope: ") }
assert summaries.size() == 2 : "one summary per invocation: " + summaries
// 1: src/main/java only.
assert summaries[0] == "[INFO] costscope: 0 error(s), 0 warning(s), 0 note(s), 0 suppressed, 0 processing error(s) in 1 claim(s) of 1 model release(s); 1 file(s) scanned, 1 parsed"
// 2: with -Dcost.includeTests=true the fixture is read as well, and its unscoped claim fails the build.
assert summaries[1] == "[INFO] costscope: 1 error(s), 0 warning(s), 0 note(s), 0 suppressed, 0 processing error(s) in 2 claim(s) of 2 model release(s); 2 file(s) scanned, 2 parsed"
assert log.readLines().count { it.startsWith("[ERROR] src/test/java/com/acme/HeadlineFixture.java:[7,1] [unscoped-claim] ") } == 1
assert !log.contains("src/main/java/com/acme/Model.java:[")
assert log.contains("BUILD SUCCESS")
assert log.contains("BUILD FAILURE")
assert !log.readLines().any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") || it.contains("Exception in thread") || it.contains("java.lang.") } : "a stack trace reached the user"
