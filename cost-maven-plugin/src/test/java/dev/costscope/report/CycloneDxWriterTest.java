package dev.costscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Property;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CycloneDX 1.6 ML-BOM: valid for the library and the official schema; the examples' numbers round-trip. */
class CycloneDxWriterTest {

    private final CycloneDxWriter writer = new CycloneDxWriter();

    @TempDir
    Path project;

    @Test
    void deepSeekV3RoundTripsItsNumbers() throws Exception {
        String json = writer.write(Examples.report(project, "deepseek-v3"));

        assertThat(writer.violations(json)).isEmpty();
        assertThat(OfficialSchemas.cycloneDx16(json)).isEmpty();
        Bom bom = new JsonParser().parse(json.getBytes(StandardCharsets.UTF_8));
        assertThat(bom.getSpecVersion()).isEqualTo("1.6");
        assertThat(bom.getComponents()).hasSize(1);
        Component model = bom.getComponents().get(0);
        assertThat(model.getType()).isEqualTo(Component.Type.MACHINE_LEARNING_MODEL);
        assertThat(model.getName()).isEqualTo("DeepSeek-V3");
        assertThat(model.getVersion()).isEqualTo("2024-12-26");
        assertThat(model.getModelCard()).isNotNull();
        Map<String, String> properties = properties(model);
        assertThat(properties).containsEntry("costscope:claim:final-run:scope", "FINAL_RUN")
                .containsEntry("costscope:claim:final-run:amount", "5576000")
                .containsEntry("costscope:claim:final-run:currency", "USD")
                .containsEntry("costscope:claim:final-run:basis", "RENTAL_EQUIVALENT")
                .containsEntry("costscope:claim:final-run:acceleratorHours", "2788000")
                .containsEntry("costscope:claim:final-run:impliedRatePerAcceleratorHour", "2")
                .containsEntry("costscope:claim:final-run:included", "FINAL_RUN_COMPUTE")
                .containsEntry("costscope:claim:final-run:excluded",
                        "EXPERIMENTS,PERSONNEL,DATA,HARDWARE_ACQUISITION,FACILITIES,ENERGY,HARDWARE_DEPRECIATION")
                .doesNotContainKey("costscope:claim:final-run:missing");
        assertThat(properties.keySet()).allMatch(name -> name.startsWith("costscope:"));
    }

    @Test
    void llamaRoundTripsItsHours() throws Exception {
        String json = writer.write(Examples.report(project, "llama-3.1-405b"));

        assertThat(writer.violations(json)).isEmpty();
        assertThat(OfficialSchemas.cycloneDx16(json)).isEmpty();
        Component model = new JsonParser().parse(json.getBytes(StandardCharsets.UTF_8)).getComponents().get(0);
        assertThat(model.getName()).isEqualTo("Llama 3.1 405B");
        assertThat(properties(model)).containsKey("costscope:claim:final-run:acceleratorHours")
                .containsEntry("costscope:claim:final-run:scope", "FINAL_RUN");
    }

    @Test
    void isTheSameBytesEveryTimeAndNamesNoOtherToolsClassifier() throws IOException {
        Report report = Examples.report(project, "deepseek-v3");

        assertThat(writer.write(report)).isEqualTo(writer.write(Examples.report(project.resolve("again"), "deepseek-v3")));
        assertThat(writer.classifier("costscope")).isEqualTo(Optional.of("costscope-cyclonedx"));
        assertThat(writer.write(report)).doesNotContain("\"timestamp\"").contains("\"serialNumber\" : \"urn:uuid:");
    }

    @Test
    void aVersionLongerThanTheSchemaAllowsIsCutWithAnEllipsis() throws Exception {
        String version = "9".repeat(2000);
        Report report = ReportFixture.report(project, Map.of("p/M.java", "package p;\n"
                + "import dev.costscope.annotations.*;\n"
                + "@ModelRelease(name = \"M\", version = \"" + version + "\")\n"
                + "@TrainingCost(scope = Scope.FINAL_RUN, amount = \"6M\")\n"
                + "public final class M {}\n"));

        String json = writer.write(report);

        assertThat(writer.violations(json)).isEmpty();
        assertThat(OfficialSchemas.cycloneDx16(json)).isEmpty();
        String written = new JsonParser().parse(json.getBytes(StandardCharsets.UTF_8)).getComponents().get(0).getVersion();
        assertThat(written).hasSize(1024).isEqualTo(version.substring(0, 1023) + "\u2026");
    }

    @Test
    void theValidatorsUsedHereRejectAnInvalidBom() throws IOException {
        String invalid = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"type\":\"llm\",\"name\":1}]}";

        assertThat(writer.violations(invalid)).isNotEmpty();
        assertThat(OfficialSchemas.cycloneDx16(invalid)).isNotEmpty();
    }

    private static Map<String, String> properties(Component model) {
        return model.getProperties().stream().collect(Collectors.toMap(Property::getName, Property::getValue));
    }
}
