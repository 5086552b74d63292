def log = new File(basedir, "build.log").text
def lines = log.readLines()
def origin = "classpath:acme/cost-policy.properties in acme-cost-policy-1.0.jar"

// The rules judge by ACME's policy: ALL_TRAINING_RUNS now requires DATA.
assert log.contains("[INFO] costscope: scope policy ACME training-cost policy (" + origin + ")")
assert lines.count { it.startsWith("[ERROR] model/src/main/java/com/acme/Runs.java:[7,23] [missing-component] ALL_TRAINING_RUNS claim does not account for DATA") } == 1

// The report judges by the same policy and names it: DATA is a missing component of the claim, and the finding is listed.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, "model/target/costscope/costscope-report.json"))
assert json.policy.name == "ACME training-cost policy"
assert json.policy.origin == origin
assert json.findings*.rule == ["missing-component"]
def rows = json.releases[0].claims[0].components
def data = rows.find { it.component == "DATA" }
assert data != null : rows
assert data.status == "MISSING" : data
def md = new File(basedir, "model/target/costscope/costscope-report.md").text
assert md.contains("Scope policy: ACME training-cost policy (" + origin + ").")
assert log.contains("BUILD SUCCESS")
assert !lines.any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") || it.contains("Exception in thread") || it.contains("java.lang.") } : "a stack trace reached the user"
