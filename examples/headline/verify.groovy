// Run by the build's integration tests (it/): the headline must fail the build at its line.
def log = new File(basedir, "build.log").text
assert log.contains("[ERROR] src/main/java/dev/costscope/examples/headline/Headline.java:[9,1] [unscoped-claim] The 6M USD claim has no scope")
assert log.contains("BUILD FAILURE")
