def log = new File(basedir, "build.log").text
def lines = log.readLines()
// help:describe wraps at 80 columns: compare the text with every run of white space as one space.
def text = log.replaceAll(/\s+/, " ")
assert log.contains("BUILD SUCCESS")
["cost:check", "cost:report", "cost:aggregate", "cost:site-report", "cost:help"].each { goal ->
    assert lines.any { it.startsWith(goal) } : goal + " is described"
}
// The site goal's description, with the words that a tag in its javadoc used to eat.
assert text.contains("Declare the goal in the pom's reporting section and run mvn site;") : "the site-report description"
assert !text.contains("under and run") : "a tag was eaten"
// No javadoc or HTML markup leaks into the text: {@code}, {@link}, #method(), escaped entities.
def markup = lines.findAll { it.contains("{@") || it =~ /#[a-z]\w*\(/ || it =~ /&(lt|gt|amp|apos|quot);/ }
assert markup.isEmpty() : "markup in help:describe: " + markup
// Only costscope's own parameters on the site goal, none inherited from Maven's report base class.
assert !text.contains("siteRenderer") && !text.contains("Since: 2.0") : "parameters of a base class leaked"
// The plugin's installed POM names no runtime dependency: its jar carries its libraries, so Maven has
// no graph to resolve for it on each build (about 1 s of the check's overhead when it had one).
def versions = new File(localRepositoryPath, "dev/costscope/cost-maven-plugin").listFiles().findAll { it.isDirectory() }
assert versions.size() == 1 : "one plugin version installed for the scenarios: " + versions
def projectVersion = versions[0].name
def pom = new File(versions[0], "cost-maven-plugin-${projectVersion}.pom")
assert pom.isFile() : "the installed plugin POM " + pom
def project = new groovy.xml.XmlSlurper().parse(pom)
def runtime = project.dependencies.dependency.findAll { d ->
    def scope = d.scope.text()
    scope == "" || scope == "compile" || scope == "runtime"
}.collect { it.groupId.text() + ":" + it.artifactId.text() }
assert runtime.isEmpty() : "runtime dependencies in the plugin's POM: " + runtime
assert project.dependencies.dependency.any { it.artifactId.text() == "maven-plugin-api" && it.scope.text() == "provided" } \
        : "the POM is read: it names the provided Maven API"
def jar = new java.util.jar.JarFile(new File(pom.parentFile, "cost-maven-plugin-${projectVersion}.jar"))
try {
    ["com/github/javaparser/JavaParser.class", "org/commonmark/parser/Parser.class", "org/jsoup/Jsoup.class",
     "META-INF/THIRD-PARTY.txt"].each { entry ->
        assert jar.getEntry(entry) != null : "the plugin jar carries " + entry
    }
    assert jar.getEntry("org/slf4j/Logger.class") == null : "slf4j comes from Maven core, not the plugin jar"
} finally {
    jar.close()
}
