def log = new File(basedir, "build.log").text
assert log =~ /\[ERROR\] src\/main\/java\/com\/acme\/Broken\.java:\[7,1\] processing error: Java syntax error: /
assert log.contains("[ERROR] src/main/java/com/acme/Headline.java:[7,1] [unscoped-claim]")
assert log.contains("1 finding(s) at or above ERROR (unscoped-claim), each on a line above with what to change; 1 source file(s) could not be read or parsed (set cost.failOnProcessingError=false to report them without failing)")
assert log.contains("BUILD FAILURE")
assert !log.readLines().any { it.startsWith("\tat ") || it.startsWith("Caused by:") } : "a stack trace reached the user"
