// Ten builds, one bad value each: every one fails with costscope's own sentence, in the pom's words
// (the parameter, its -D property, what is allowed), and none with Maven's "Execution ... failed",
// its "Unable to parse configuration" or a stack trace.
def log = new File(basedir, "build.log").text
def lines = log.readLines()
def failures = lines.findAll { it.startsWith("[ERROR] Failed to execute goal dev.costscope:cost-maven-plugin:") }
assert failures.size() == 10 : "one failure per build: " + failures.join("\n")
def reasons = failures.collect { it.replaceFirst(/^.* on project bad-configuration: /, "").replaceFirst(/ -> \[Help 1\]$/, "") }

def globAdvice = "use * for any name, ** for any folders, ? for one character, [abc] or [a-z] for one of a set, {a,b} for either, such as **/*.java"
assert reasons[0].startsWith("costscope: <includes> (cost.includes) has '[', which is not a glob pattern (")
assert reasons[0].endsWith(globAdvice)
// Maven splits a property at its commas, so '{a,' arrives as '{a' and an empty entry: costscope says so.
assert reasons[1] == "costscope: <excludes> (cost.excludes) has '{a', a {...} group that is not closed: Maven splits a list property at every comma, inside braces too, so '{a,' arrived as '{a' and an empty entry; write each alternative as an entry of its own (a,b for {a,b}), or write the pattern in the pom, where commas do not split it: <excludes><exclude>**/{generated,target}/**</exclude></excludes>"
assert reasons[2].startsWith("costscope: <textIncludes> (cost.textIncludes) has '[z-a]', which is not a glob pattern (")
assert reasons[2].endsWith(globAdvice)
assert reasons[3] == "costscope: <formats> (cost.formats) has an empty entry (a doubled or trailing comma?); write entries separated by single commas, such as json,html"
assert reasons[4] == "costscope: <formats> (cost.formats) is empty; use a comma-separated list of json, markdown, html, sarif, cyclonedx, spdx, huggingface, or all"
assert reasons[5] == "costscope: <tolerance> (cost.tolerance) '1e999999999' is out of range; use a ratio from 0% to 100%"
assert reasons[6] == "costscope: <tolerance> (cost.tolerance): '1e-2147483647%' has more decimals than a ratio needs; use 0 or a ratio from 0% to 100% with at most 12 decimals, such as 5% or 0.05"
assert reasons[7] == "costscope: <maxAllowedViolations> (cost.maxAllowedViolations) 'NaN' is not a whole number of 0 or more, such as 0 or 10"
assert reasons[8] == "costscope: <failOnViolation> (cost.failOnViolation) is 'nah'; use true or false"
assert reasons[9] == "costscope: <severities> (cost.severities) has an empty entry (a doubled or trailing comma?); write entries separated by single commas, such as rate-outlier=OFF,missing-provenance=ERROR"

// Nothing was checked or written: every value is judged before a source is read.
assert !lines.any { it.startsWith("[INFO] costscope: ") && it.contains(" error(s), ") } : "a build went on to check the sources"
assert !new File(basedir, "target/costscope").exists()
assert !lines.any { it =~ /Execution \S+ of goal \S+ failed/ } : "Maven wrapped an exception of costscope's"
assert !log.contains("Unable to parse configuration") : "Maven, not costscope, judged a value"
assert !lines.any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") || it.contains("Exception in thread") || it.contains("java.lang.") } : "a stack trace reached the user"
