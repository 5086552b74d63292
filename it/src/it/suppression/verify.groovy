def log = new File(basedir, "build.log").text
assert log.contains("[INFO] costscope: 0 error(s), 0 warning(s), 0 note(s), 1 suppressed, 0 processing error(s) in 1 claim(s) of 1 model release(s)")
assert !log.contains("[unscoped-claim]")
assert log.contains("BUILD SUCCESS")
