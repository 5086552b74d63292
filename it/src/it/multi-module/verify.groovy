def log = new File(basedir, "build.log").text
assert log.contains("[ERROR] module-b/src/main/java/com/acme/b/Release.java:[6,23] [missing-component] ALL_TRAINING_RUNS claim does not account for EXPERIMENTS")
assert log.findAll(/costscope: 0 error\(s\)/).size() == 3 : "the parent, a and c pass"
assert log.findAll(/costscope: 1 error\(s\)/).size() == 1 : "b fails"
assert log.contains("Using the MultiThreadedBuilder implementation with a thread count of 2")
assert !log.readLines().any { it.startsWith("\tat ") || it.startsWith("Caused by:") } : "a stack trace reached the user"
