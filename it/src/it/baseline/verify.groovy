def log = new File(basedir, "build.log").text
def baseline = new File(basedir, "costscope-baseline.json")
assert baseline.isFile()
def json = new groovy.json.JsonSlurper().parse(baseline)
assert json.formatVersion == "1.0"
assert json.findings*.rule.sort() == ["items-exceed-total", "missing-component", "unscoped-claim"]
assert !baseline.text.contains("\"line\"")
assert log.contains("[INFO] costscope: 3 finding(s) recorded in the baseline " + baseline.canonicalPath + "; check fails only on findings not in it")

// After the edit: the old findings are still recognised (their lines moved), only the new claim's fails.
def errors = log.readLines().findAll { it.startsWith("[ERROR] src/") }
assert errors.size() == 1 : errors
assert errors[0].startsWith("[ERROR] src/main/java/com/acme/Legacy.java:[14,")
assert errors[0].contains("] [missing-component] ALL_TRAINING_RUNS claim does not account for EXPERIMENTS")
assert log.contains("[INFO] costscope: 1 error(s), 0 warning(s), 0 note(s), 0 suppressed, 3 baselined, 0 processing error(s) in 3 claim(s) of 1 model release(s)")
assert log.contains("costscope: 1 finding(s) at or above ERROR (missing-component), each on a line above with what to change")
assert !log.contains("no longer match")
assert !log.contains("[items-exceed-total]") : "a baselined warning is counted, not printed"
assert log.contains("BUILD FAILURE")

// The check's SARIF says which result is new and which are baselined, with the baseline's fingerprints.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, "target/costscope/costscope-check.sarif"))
def results = sarif.runs[0].results
assert results.collect { it.ruleId + " " + it.baselineState }.sort() == ["items-exceed-total unchanged", "missing-component new", "missing-component unchanged", "unscoped-claim unchanged"]
assert results.findAll { it.baselineState == "unchanged" }*.partialFingerprints*.get("costscope/v1").sort() == json.findings*.fingerprint.sort()
assert !log.readLines().any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") || it.contains("Exception in thread") || it.contains("java.lang.") } : "a stack trace reached the user"
