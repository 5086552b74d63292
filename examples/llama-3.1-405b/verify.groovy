// Run by the build's integration tests (it/): the example must pass with no finding at all.
def log = new File(basedir, "build.log").text
assert log.contains("[INFO] costscope: 0 error(s), 0 warning(s), 0 note(s), 0 suppressed, 0 processing error(s) in 1 claim(s) of 1 model release(s); 1 file(s) scanned, 1 parsed")
assert log.contains("BUILD SUCCESS")
