def log = new File(basedir, "build.log").text
assert log.contains("[ERROR] src/main/java/com/acme/Program.java:[8,23] [missing-component] TOTAL_PROGRAM claim does not account for HARDWARE_ACQUISITION, FACILITIES and ENERGY")
assert log.contains("or declare scope = Scope.RESEARCH_AND_DEVELOPMENT, the widest scope its items support.")
assert log.contains("[INFO] costscope: 1 error(s), 0 warning(s)")
assert log.contains("on project total-program-incomplete: costscope: 1 finding(s) at or above ERROR (missing-component)")
assert log.contains("BUILD FAILURE")
assert !log.readLines().any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") || it.contains("Exception in thread") || it.contains("java.lang.") } : "a stack trace reached the user"
