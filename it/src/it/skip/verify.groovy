def log = new File(basedir, "build.log").text
assert log.contains("[INFO] costscope: skipped (cost.skip)")
assert !log.contains("[unscoped-claim]")
assert log.contains("BUILD SUCCESS")
