def log = new File(basedir, "build.log").text
def lines = log.readLines()
assert log.contains("Using the MultiThreadedBuilder implementation with a thread count of 2")
assert !log.contains("@threadSafe") : "Maven warned that a goal is not thread-safe"
// The path is relative to the reactor root, where mvn was started, so that it links from a CI log.
assert lines.count { it.startsWith("[ERROR] module-b/src/main/java/com/acme/b/Release.java:[6,23] [missing-component] ALL_TRAINING_RUNS claim does not account for EXPERIMENTS") } == 1
assert !lines.any { it.startsWith("[ERROR] src/") } : "a path relative to the module instead of the reactor root"
assert log.findAll(/costscope: 0 error\(s\)/).size() == 3 : "the parent, a and c pass"
assert log.findAll(/costscope: 1 error\(s\)/).size() == 1 : "b fails"
assert log.contains("on project module-b: costscope: 1 finding(s) at or above ERROR (missing-component)")
assert log.contains("BUILD FAILURE")
assert !lines.any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") || it.contains("Exception in thread") || it.contains("java.lang.") } : "a stack trace reached the user"
