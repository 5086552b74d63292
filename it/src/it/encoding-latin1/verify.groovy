def log = new File(basedir, "build.log").text
assert log.contains("[INFO] Caf\u00e9-1: FINAL_RUN 2M EUR (RENTAL_EQUIVALENT); not included:")
assert log.contains("[INFO] costscope: 0 error(s), 0 warning(s), 0 note(s), 0 suppressed, 0 processing error(s) in 1 claim(s) of 1 model release(s)")
assert !log.readLines().any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") || it.contains("Exception in thread") || it.contains("java.lang.") } : "a stack trace reached the user"
