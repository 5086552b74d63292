// Run by the build's integration tests (it/): the example must pass with no finding at all.
def log = new File(basedir, "build.log").text
def lines = log.readLines()
assert !lines.any { it.startsWith("[ERROR]") || it.startsWith("[WARNING]") } : "the example must pass with no finding"
assert lines.any { it ==~ /\[INFO\] costscope: 0 error\(s\), 0 warning\(s\), 0 note\(s\), 0 suppressed, 0 processing error\(s\) in 1 claim\(s\) of 1 model release\(s\); .*/ }
assert log.contains("BUILD SUCCESS")
def report = new File(basedir, "target/costscope/costscope-report.md")
assert report.isFile() : "the report goal writes the Markdown report"
assert report.getText("UTF-8").contains("### FINAL_RUN: 61.68M USD")
assert report.getText("UTF-8").contains("8.93K t CO2eq location-based")
def json = new File(basedir, "target/costscope/costscope-report.json").getText("UTF-8")
assert json.contains("\"locationBasedEmissions\" : {") && json.contains("\"value\" : 8930")
