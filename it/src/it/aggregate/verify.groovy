def log = new File(basedir, "build.log").text
def first = new File(basedir, "target/costscope")
def second = new File(basedir, "target/second")
def json = new File(first, "costscope-aggregate.json").getText("UTF-8")
// Every module's models, each once.
["Model-a", "Model-b", "Model-c", "Model-c2"].each { name ->
    assert json.count("\"name\" : \"" + name + "\"") == 1 : name + " is listed once"
}
assert json.contains("\"releases\" : 4")
assert json.contains("\"generatedAt\" : \"2025-01-20T00:00:00Z\"") : "project.build.outputTimestamp dates the report"
assert json.contains("\"file\" : \"module-c/src/main/java/com/acme/c/Second.java\"")
assert log.contains("Using the MultiThreadedBuilder implementation with a thread count of 3")
// Byte-identical reports from a -T 3 build and a single-threaded build in another time zone and locale.
["json", "md", "html", "sarif"].each { ext ->
    def a = new File(first, "costscope-aggregate." + ext)
    def b = new File(second, "costscope-aggregate." + ext)
    assert a.isFile() && b.isFile()
    assert a.bytes == b.bytes : "costscope-aggregate." + ext + " differs between the two builds"
    def m1 = new File(basedir, "module-c/target/costscope/costscope-report." + ext)
    def m2 = new File(basedir, "module-c/target/second/costscope-report." + ext)
    assert m1.bytes == m2.bytes : "module-c's costscope-report." + ext + " differs between the two builds"
}
assert !log.readLines().any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") } : "a stack trace reached the user"
// The parent (packaging pom, no sources, no claims) writes and attaches no empty report of its own.
assert log.count("[INFO] costscope: no report for aggregate: a module of packaging pom that declares no model release and states no cost") == 2
["json", "md", "html", "sarif"].each { ext ->
    assert !new File(first, "costscope-report." + ext).exists() : "the pom parent wrote an empty costscope-report." + ext
}
assert !log.contains("aggregate-1.0-costscope.json")
