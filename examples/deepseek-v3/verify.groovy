// Run by the build's integration tests (it/): the example must pass with no finding at all.
def log = new File(basedir, "build.log").text
def lines = log.readLines()
// File counts are left open: which files are read in full (sources, README.md) is the scanner's business.
assert lines.count { it ==~ /\[INFO\] costscope: 0 error\(s\), 0 warning\(s\), 0 note\(s\), 0 suppressed, 0 processing error\(s\) in 1 claim\(s\) of 1 model release\(s\); \d+ file\(s\) scanned, \d+ parsed/ } == 1
assert log.contains("[INFO] DeepSeek-V3 2024-12-26: FINAL_RUN 5.576M USD (RENTAL_EQUIVALENT); not included: EXPERIMENTS, PERSONNEL, DATA, HARDWARE_ACQUISITION, FACILITIES, ENERGY, HARDWARE_DEPRECIATION")
assert !lines.any { it.startsWith("[ERROR]") || it.startsWith("[WARNING]") } : "the example must build without a finding or a warning"
assert log.contains("BUILD SUCCESS")
assert !lines.any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") || it.contains("Exception in thread") || it.contains("java.lang.") } : "a stack trace reached the user"
def report = new File(basedir, "target/costscope/costscope-report.md")
assert report.isFile() : "the report goal writes the Markdown report"
assert log.contains("[INFO] costscope: 1 model release(s) reported in " + report.parent + ": costscope-report.json, costscope-report.md, costscope-report.html, costscope-report.sarif (JSON attached as costscope)")
assert report.getText("UTF-8").contains("| `EXPERIMENTS` | prior experiments, ablations and failed runs | **not included**: the report excludes")
