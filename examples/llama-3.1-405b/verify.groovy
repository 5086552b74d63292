// Run by the build's integration tests (it/): the example must pass with no finding at all, and its exports must
// carry the model card's numbers as numbers.
import groovy.json.JsonSlurper

def log = new File(basedir, "build.log").text
def lines = log.readLines()
assert !lines.any { it.startsWith("[ERROR]") || it.startsWith("[WARNING]") } : "the example must pass with no finding"
assert lines.any { it ==~ /\[INFO\] costscope: 0 error\(s\), 0 warning\(s\), 0 note\(s\), 0 suppressed, 0 processing error\(s\) in 2 claim\(s\) of 2 model release\(s\); .*/ }
assert log.contains("BUILD SUCCESS")
def dir = new File(basedir, "target/costscope")
def report = new File(dir, "costscope-report.md")
assert report.isFile() : "the report goal writes the Markdown report"
assert report.getText("UTF-8").contains("### FINAL_RUN: 61.68M USD")
assert report.getText("UTF-8").contains("8.93K t CO2eq location-based")

final String MODEL = "Llama 3.1 405B"
final String FAMILY = "Llama 3.1 family (8B, 70B and 405B together)"
// The published figures: the 405B model's final run, and the card's total row of the three models.
def expected = [(MODEL): [hours: 30840000G, location: 8930G], (FAMILY): [hours: 39300000G, location: 11390G]]

// JSON report 2.0: derived figures as numbers.
def json = new JsonSlurper().parse(new File(dir, "costscope-report.json"), "UTF-8")
assert json.releases*.name as Set == expected.keySet()
json.releases.each { release ->
    def derived = release.claims[0].derived
    assert derived.acceleratorHours.value as BigDecimal == expected[release.name].hours
    assert derived.locationBasedEmissions.value as BigDecimal == expected[release.name].location
    assert derived.marketBasedEmissions.value as BigDecimal == 0G
}

// CycloneDX and SPDX: the same costscope:* properties, plain decimals.
def check = { String name, Map<String, String> properties ->
    assert properties["costscope:claim:final-run:scope"] == "FINAL_RUN"
    assert new BigDecimal(properties["costscope:claim:final-run:acceleratorHours"]) == expected[name].hours
    assert new BigDecimal(properties["costscope:claim:final-run:locationBasedEmissionsTCO2eq"]) == expected[name].location
    assert new BigDecimal(properties["costscope:claim:final-run:marketBasedEmissionsTCO2eq"]) == 0G
}
def cdx = new JsonSlurper().parse(new File(dir, "costscope-report.cdx.json"), "UTF-8")
assert cdx.specVersion == "1.6"
assert cdx.components*.name as Set == expected.keySet()
cdx.components.each { c -> check(c.name, c.properties.collectEntries { [(it.name): it.value] }) }
def spdx = new JsonSlurper().parse(new File(dir, "costscope-report.spdx.json"), "UTF-8")
def packages = spdx."@graph".findAll { it.type == "ai_AIPackage" }
assert packages*.name as Set == expected.keySet()
packages.each { p -> check(p.name, p.extension[0].extension_cdxProperty.collectEntries { [(it.extension_cdxPropName): it.extension_cdxPropValue] }) }

// Hugging Face: co2_eq_emissions in grams, the final run's location-based tonnes × 10^6.
def hf = new File(dir, "costscope-report.hf.yaml").getText("UTF-8").readLines()
assert hf.count { it == "co2_eq_emissions:" } == 2
assert hf.contains("  emissions: " + (8930G * 1000000G).toString())
assert hf.contains("  emissions: " + (11390G * 1000000G).toString())
