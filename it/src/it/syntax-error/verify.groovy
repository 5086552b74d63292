// cost:check straight from the command line, as a quick lint before compiling: javac never runs, so the
// plugin alone meets the broken file, as it would if javac accepted something its parser does not.
def log = new File(basedir, "build.log").text
def lines = log.readLines()
assert !log.contains("maven-compiler-plugin") : "javac ran: the scenario must reach the plugin first"
assert log =~ /(?m)^\[ERROR\] src\/main\/java\/com\/acme\/Broken\.java:\[7,1\] processing error: Java syntax error: /
// The other file is still checked.
assert lines.count { it.startsWith("[ERROR] src/main/java/com/acme/Headline.java:[7,1] [unscoped-claim] ") } == 1
assert log.contains("[INFO] costscope: 1 error(s), 0 warning(s), 0 note(s), 0 suppressed, 1 processing error(s) in 1 claim(s) of 1 model release(s); 2 file(s) scanned")
assert log.contains("on project syntax-error: costscope: 1 finding(s) at or above ERROR (unscoped-claim), each on a line above with what to change; 1 source file(s) could not be read or parsed (set cost.failOnProcessingError=false to report them without failing)")
assert log.contains("BUILD FAILURE")
assert !lines.any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") || it.contains("Exception in thread") || it.contains("java.lang.") } : "a stack trace reached the user"
