import groovy.json.JsonSlurper

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
assert log.contains("[INFO] costscope: 1 model release(s) reported in " + report.parent + ": costscope-report.json, costscope-report.md, costscope-report.html, costscope-report.sarif, costscope-report.cdx.json, costscope-report.spdx.json, costscope-report.hf.yaml (JSON attached as costscope, CYCLONEDX attached as costscope-cyclonedx, SPDX attached as costscope-spdx)")
assert report.getText("UTF-8").contains("| `EXPERIMENTS` | prior experiments, ablations and failed runs | **not included**: the report excludes")

// The exports carry the final run's numbers as numbers: 2.788M H800 GPU-hours, $5.576M, $2 per GPU-hour.
def dir = report.parentFile
def json = new JsonSlurper().parse(new File(dir, "costscope-report.json"), "UTF-8")
def claim = json.releases[0].claims[0]
assert claim.amount.value as BigDecimal == 5576000G
assert claim.derived.acceleratorHours.value as BigDecimal == 2788000G
assert claim.derived.impliedRate.value as BigDecimal == 2G
def check = { Map<String, String> properties ->
    assert new BigDecimal(properties["costscope:claim:final-run:amount"]) == 5576000G
    assert new BigDecimal(properties["costscope:claim:final-run:acceleratorHours"]) == 2788000G
    assert new BigDecimal(properties["costscope:claim:final-run:impliedRatePerAcceleratorHour"]) == 2G
    assert properties["costscope:claim:final-run:excluded"].split(",").contains("EXPERIMENTS")
}
def cdx = new JsonSlurper().parse(new File(dir, "costscope-report.cdx.json"), "UTF-8")
check(cdx.components[0].properties.collectEntries { [(it.name): it.value] })
def spdx = new JsonSlurper().parse(new File(dir, "costscope-report.spdx.json"), "UTF-8")
check(spdx."@graph".find { it.type == "ai_AIPackage" }.extension[0].extension_cdxProperty
        .collectEntries { [(it.extension_cdxPropName): it.extension_cdxPropValue] })
def hf = new File(dir, "costscope-report.hf.yaml").getText("UTF-8").readLines()
assert hf.contains("      amount: 5576000") && hf.contains("      acceleratorHours: 2788000")
assert !hf.contains("co2_eq_emissions:") : "DeepSeek-V3 states no emissions"
