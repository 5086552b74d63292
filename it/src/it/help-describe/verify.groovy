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
