def log = new File(basedir, "build.log").text
def json = new File(basedir, "target/costscope/costscope-report.json")
def markdown = new File(basedir, "target/costscope/costscope-report.md")
assert json.isFile() && markdown.isFile()
assert log.contains("[INFO] costscope: 1 model release(s) reported in " + markdown.parent + ": costscope-report.json, costscope-report.md, costscope-report.html, costscope-report.sarif (JSON attached as costscope)")
def html = new File(basedir, "target/costscope/costscope-report.html")
assert html.getText("UTF-8").startsWith("<!DOCTYPE html>")
def installed = new File(localRepositoryPath, "dev/costscope/it/report-attached/1.0/report-attached-1.0-costscope.json")
assert installed.isFile() : "install publishes the attached report: " + installed
assert installed.getText("UTF-8") == json.getText("UTF-8")
assert json.getText("UTF-8").contains("\"formatVersion\" : \"2.0\"")
assert markdown.getText("UTF-8").contains("| `EXPERIMENTS` | prior experiments, ablations and failed runs | **not included**: ablations are not counted |")
