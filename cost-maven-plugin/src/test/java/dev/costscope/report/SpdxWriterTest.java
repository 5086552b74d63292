package dev.costscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SPDX 3.0.1 AI document: valid for the official schema; the examples' numbers round-trip. */
class SpdxWriterTest {

    private final SpdxWriter writer = new SpdxWriter();

    @TempDir
    Path project;

    @Test
    void deepSeekV3IsOneAiPackageWhoseNumbersRoundTrip() throws Exception {
        String json = writer.write(Examples.report(project, "deepseek-v3"));

        assertThat(writer.violations(json)).isEmpty();
        assertThat(OfficialSchemas.spdx301(json)).isEmpty();
        List<JsonNode> packages = packages(json);
        assertThat(packages).hasSize(1);
        JsonNode pkg = packages.get(0);
        assertThat(pkg.path("name").asText()).isEqualTo("DeepSeek-V3");
        assertThat(pkg.path("software_primaryPurpose").asText()).isEqualTo("model");
        assertThat(properties(pkg)).containsEntry("costscope:claim:final-run:amount", "5576000")
                .containsEntry("costscope:claim:final-run:acceleratorHours", "2788000")
                .containsEntry("costscope:claim:final-run:scope", "FINAL_RUN");
    }

    @Test
    void carriesTheSameNamesAsTheCycloneDxExport() throws Exception {
        Report report = Examples.report(project, "llama-3.1-405b");

        Map<String, String> spdx = properties(packages(writer.write(report)).get(0));
        assertThat(spdx).isEqualTo(CostProperties.of(report.releases().get(0)).stream()
                .collect(HashMap::new, (m, p) -> m.put(p.name(), p.value()), HashMap::putAll));
        assertThat(writer.classifier("costscope")).isEqualTo(Optional.of("costscope-spdx"));
    }

    @Test
    void theSchemaRejectsAnInvalidDocument() {
        String invalid = "{\"@context\":\"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\",\"@graph\":[{\"type\":"
                + "\"ai_AIPackage\",\"spdxId\":\"urn:x\",\"software_primaryPurpose\":\"weights\"}]}";

        assertThat(writer.violations(invalid)).isNotEmpty();
    }

    private static List<JsonNode> packages(String json) throws Exception {
        JsonNode graph = new ObjectMapper().readTree(json).path("@graph");
        return StreamSupport.stream(graph.spliterator(), false).filter(n -> n.path("type").asText().equals("ai_AIPackage"))
                .toList();
    }

    private static Map<String, String> properties(JsonNode pkg) {
        Map<String, String> properties = new HashMap<>();
        for (JsonNode entry : pkg.path("extension").path(0).path("extension_cdxProperty")) {
            properties.put(entry.path("extension_cdxPropName").asText(), entry.path("extension_cdxPropValue").asText());
        }
        return properties;
    }
}
