package dev.costscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Property;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples' published numbers, written to files by the JSON 2.0, CycloneDX, SPDX and Hugging Face
 * writers and read back from those files as data: field names and numbers, never a display string.
 * Llama 3.1: the 405B model's final run (30.84M H100-hours, 8,930 tCO2eq location-based, 0 market-based)
 * and the family's total row (39.3M H100-hours, 11,390 tCO2eq) as a release of its own. DeepSeek-V3:
 * 2.788M H800-hours, $5.576M at $2 per hour.
 */
class ExampleExportsRoundTripTest {

    private static final String LLAMA_405B = "Llama 3.1 405B";
    private static final String LLAMA_FAMILY = "Llama 3.1 family (8B, 70B and 405B together)";
    private static final BigDecimal GRAMS_PER_TONNE = new BigDecimal("1000000");

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path project;

    @TempDir
    Path out;

    private Exported llama;

    @BeforeEach
    void exportLlama() throws IOException {
        llama = export("llama-3.1-405b");
    }

    @Test
    void theJsonReportCarriesThe405BModelAndTheFamilyTotalsAsNumbers() throws IOException {
        Map<String, JsonNode> releases = byName(llama.json().path("releases"), "name");

        assertThat(releases).containsOnlyKeys(LLAMA_405B, LLAMA_FAMILY);
        JsonNode model = releases.get(LLAMA_405B).path("claims").path(0);
        assertThat(model.path("scope").asText()).isEqualTo("FINAL_RUN");
        assertThat(number(model.path("derived").path("acceleratorHours"))).isEqualByComparingTo("30840000");
        assertThat(number(model.path("derived").path("locationBasedEmissions"))).isEqualByComparingTo("8930");
        assertThat(number(model.path("derived").path("marketBasedEmissions"))).isEqualByComparingTo("0");
        assertThat(number(model.path("amount"))).isEqualByComparingTo("61680000");
        JsonNode family = releases.get(LLAMA_FAMILY).path("claims").path(0);
        assertThat(family.path("scope").asText()).isEqualTo("FINAL_RUN");
        assertThat(number(family.path("derived").path("acceleratorHours"))).isEqualByComparingTo("39300000");
        assertThat(number(family.path("derived").path("locationBasedEmissions"))).isEqualByComparingTo("11390");
        assertThat(number(family.path("derived").path("marketBasedEmissions"))).isEqualByComparingTo("0");
        List<BigDecimal> perModel = StreamSupport.stream(family.path("compute").spliterator(), false)
                .map(c -> number(c.path("hours"))).toList();
        assertThat(perModel).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1460000"), new BigDecimal("7000000"), new BigDecimal("30840000"));
    }

    @Test
    void cycloneDxCarriesTheHoursAndEmissionsAsPropertiesSinceNoEnergyIsStated() throws Exception {
        Bom bom = new JsonParser().parse(Files.readAllBytes(llama.file("cyclonedx")));

        Map<String, Component> models = bom.getComponents().stream().collect(Collectors.toMap(Component::getName, c -> c));
        assertThat(models).containsOnlyKeys(LLAMA_405B, LLAMA_FAMILY);
        assertFootprint(properties(models.get(LLAMA_405B)), "30840000", "8930");
        assertFootprint(properties(models.get(LLAMA_FAMILY)), "39300000", "11390");
        // The model card states no energy: CycloneDX requires one for an energy consumption, so there is none.
        assertThat(models.get(LLAMA_405B).getModelCard().getConsiderations()).isNull();
        assertThat(OfficialSchemas.cycloneDx16(Files.readString(llama.file("cyclonedx")))).isEmpty();
    }

    @Test
    void spdxCarriesTheSameNumbersAndNoEnergyItWasNotGiven() throws Exception {
        Map<String, JsonNode> packages = byName(graph(llama.tree("spdx"), "ai_AIPackage"), "name");

        assertThat(packages).containsOnlyKeys(LLAMA_405B, LLAMA_FAMILY);
        assertFootprint(spdxProperties(packages.get(LLAMA_405B)), "30840000", "8930");
        assertFootprint(spdxProperties(packages.get(LLAMA_FAMILY)), "39300000", "11390");
        assertThat(packages.get(LLAMA_405B).has("ai_energyConsumption")).isFalse();
        assertThat(OfficialSchemas.spdx301(Files.readString(llama.file("spdx")))).isEmpty();
    }

    @Test
    void huggingFaceStatesTheFinalRunsEmissionsInGrams() throws IOException {
        Map<String, JsonNode> blocks = new HashMap<>();
        for (JsonNode block : yamlBlocks(Files.readString(llama.file("huggingface")))) {
            blocks.put(block.path("costscope").path("release").asText(), block);
        }

        assertThat(blocks).containsOnlyKeys(LLAMA_405B, LLAMA_FAMILY);
        JsonNode model = blocks.get(LLAMA_405B);
        assertThat(number(model.path("co2_eq_emissions").path("emissions")))
                .isEqualByComparingTo(new BigDecimal("8930").multiply(GRAMS_PER_TONNE));
        assertThat(model.path("co2_eq_emissions").path("training_type").asText()).isEqualTo(HuggingFaceWriter.TRAINING_TYPE);
        JsonNode claim = model.path("costscope").path("claims").path(0);
        assertThat(number(claim.path("acceleratorHours"))).isEqualByComparingTo("30840000");
        assertThat(number(claim.path("locationBasedEmissionsTCO2eq"))).isEqualByComparingTo("8930");
        assertThat(number(claim.path("marketBasedEmissionsTCO2eq"))).isEqualByComparingTo("0");
        JsonNode family = blocks.get(LLAMA_FAMILY);
        assertThat(number(family.path("co2_eq_emissions").path("emissions")))
                .isEqualByComparingTo(new BigDecimal("11390").multiply(GRAMS_PER_TONNE));
        assertThat(number(family.path("costscope").path("claims").path(0).path("acceleratorHours")))
                .isEqualByComparingTo("39300000");
    }

    @Test
    void deepSeekV3RoundTripsItsHoursCostAndRateInEveryExport() throws Exception {
        Exported deepSeek = export("deepseek-v3");

        JsonNode claim = deepSeek.json().path("releases").path(0).path("claims").path(0);
        assertThat(number(claim.path("amount"))).isEqualByComparingTo("5576000");
        assertThat(number(claim.path("derived").path("acceleratorHours"))).isEqualByComparingTo("2788000");
        assertThat(number(claim.path("derived").path("impliedRate"))).isEqualByComparingTo("2");
        Map<String, String> cdx = properties(new JsonParser().parse(Files.readAllBytes(deepSeek.file("cyclonedx")))
                .getComponents().get(0));
        Map<String, String> spdx = spdxProperties(graph(deepSeek.tree("spdx"), "ai_AIPackage").get(0));
        for (Map<String, String> properties : List.of(cdx, spdx)) {
            assertThat(new BigDecimal(properties.get("costscope:claim:final-run:amount"))).isEqualByComparingTo("5576000");
            assertThat(new BigDecimal(properties.get("costscope:claim:final-run:acceleratorHours"))).isEqualByComparingTo("2788000");
            assertThat(new BigDecimal(properties.get("costscope:claim:final-run:impliedRatePerAcceleratorHour")))
                    .isEqualByComparingTo("2");
        }
        JsonNode hf = yamlBlocks(Files.readString(deepSeek.file("huggingface"))).get(0);
        JsonNode hfClaim = hf.path("costscope").path("claims").path(0);
        assertThat(number(hfClaim.path("amount"))).isEqualByComparingTo("5576000");
        assertThat(number(hfClaim.path("acceleratorHours"))).isEqualByComparingTo("2788000");
        assertThat(number(hfClaim.path("impliedRatePerAcceleratorHour"))).isEqualByComparingTo("2");
        // DeepSeek states no emissions: nothing to carry into co2_eq_emissions.
        assertThat(hf.has("co2_eq_emissions")).isFalse();
    }

    private static void assertFootprint(Map<String, String> properties, String hours, String locationBased) {
        assertThat(properties.get("costscope:claim:final-run:scope")).isEqualTo("FINAL_RUN");
        assertThat(new BigDecimal(properties.get("costscope:claim:final-run:acceleratorHours"))).isEqualByComparingTo(hours);
        assertThat(new BigDecimal(properties.get("costscope:claim:final-run:locationBasedEmissionsTCO2eq")))
                .isEqualByComparingTo(locationBased);
        assertThat(new BigDecimal(properties.get("costscope:claim:final-run:marketBasedEmissionsTCO2eq")))
                .isEqualByComparingTo("0");
        assertThat(properties).doesNotContainKey("costscope:claim:final-run:energyKWh");
    }

    /** The example's report written by the four writers into files of their own, as the report goal names them. */
    private Exported export(String example) throws IOException {
        Report report = Examples.report(project.resolve(example), example);
        Path dir = out.resolve(example);
        List<String> formats = List.of("json", "cyclonedx", "spdx", "huggingface");
        List<ReportWriter> writers = formats.stream().map(f -> ReportWriters.byId(f).orElseThrow()).toList();
        try (ReportSet set = new ReportSet(dir, writers.stream().map(w -> w.fileName("costscope-report")).toList())) {
            for (ReportWriter writer : writers) {
                String written = writer.write(report);
                assertThat(writer.violations(written)).as(writer.id()).isEmpty();
                set.add(writer.fileName("costscope-report"), written);
            }
            set.commit();
        }
        return new Exported(dir);
    }

    /** The files of one export. */
    private record Exported(Path dir) {

        Path file(String format) {
            return dir.resolve(ReportWriters.byId(format).orElseThrow().fileName("costscope-report"));
        }

        JsonNode tree(String format) throws IOException {
            return JSON.readTree(Files.readString(file(format), StandardCharsets.UTF_8));
        }

        JsonNode json() throws IOException {
            return tree("json");
        }
    }

    private static BigDecimal number(JsonNode node) {
        JsonNode value = node.isNumber() ? node : node.path("value");
        assertThat(value.isNumber()).as("a JSON/YAML number: %s", node).isTrue();
        return value.decimalValue();
    }

    private static Map<String, JsonNode> byName(Iterable<JsonNode> nodes, String field) {
        Map<String, JsonNode> byName = new HashMap<>();
        nodes.forEach(n -> byName.put(n.path(field).asText(), n));
        return byName;
    }

    private static List<JsonNode> graph(JsonNode root, String type) {
        return StreamSupport.stream(root.path("@graph").spliterator(), false).filter(n -> n.path("type").asText().equals(type))
                .toList();
    }

    private static Map<String, String> properties(Component model) {
        return model.getProperties().stream().collect(Collectors.toMap(Property::getName, Property::getValue));
    }

    private static Map<String, String> spdxProperties(JsonNode pkg) {
        Map<String, String> properties = new HashMap<>();
        for (JsonNode entry : pkg.path("extension").path(0).path("extension_cdxProperty")) {
            properties.put(entry.path("extension_cdxPropName").asText(), entry.path("extension_cdxPropValue").asText());
        }
        return properties;
    }

    private static List<JsonNode> yamlBlocks(String yaml) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        return mapper.readValues(new YAMLFactory().createParser(yaml), JsonNode.class).readAll().stream()
                .filter(n -> !n.isNull() && !n.isMissingNode()).toList();
    }
}
