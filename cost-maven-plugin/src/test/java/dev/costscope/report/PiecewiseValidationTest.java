package dev.costscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SpecVersion;
import dev.costscope.rules.RuleSettings;
import dev.costscope.rules.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checking a report piece by piece finds what checking it whole finds: a release of more claims
 * than a window, broken in an item far past the first window, in each way the schema forbids.
 */
class PiecewiseValidationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int CLAIMS = 3 * PiecewiseValidation.WINDOW;

    private static Report report;

    @BeforeAll
    static void aReleaseOfManyClaims(@TempDir Path project) throws IOException {
        StringBuilder java = new StringBuilder("package com.acme;\nimport dev.costscope.annotations.*;\n"
                + "@ModelRelease(name = \"Big\")\n@TrainingCosts({\n");
        for (int i = 0; i < CLAIMS; i++) {
            java.append(i == 0 ? "" : ",\n").append("  @TrainingCost(scope = Scope.FINAL_RUN, amount = \"").append(i + 1)
                    .append("M\", source = \"s\")");
        }
        java.append("\n})\nclass Big {}\n");
        report = ReportFixture.report(project, Map.of("com/acme/Big.java", java.toString()),
                Rules.all(RuleSettings.defaults()));
    }

    @Test
    void theShippedSchemasAreCheckedPiecewiseAndSarifWhole() {
        assertThat(ReportSchema.load(JsonReportWriter.SCHEMA_RESOURCE, SpecVersion.VersionFlag.V202012).piecewise())
                .isTrue();
        assertThat(ReportSchema.load(SpdxWriter.SCHEMA_RESOURCE, SpecVersion.VersionFlag.V202012).piecewise()).isTrue();
        assertThat(ReportSchema.load("/schema/sarif-schema-2.1.0.json", SpecVersion.VersionFlag.V7).piecewise())
                .as("SARIF's schema says uniqueItems").isFalse();
    }

    @Test
    void aSchemaThatRelatesItemsOrBoundsThemAtTheWindowIsCheckedWhole() throws IOException {
        assertThat(applies("{\"items\": {\"type\": \"string\"}, \"minItems\": 1, \"uniqueItems\": false}")).isTrue();
        assertThat(applies("{\"properties\": {\"a\": {\"uniqueItems\": true}}}")).isFalse();
        assertThat(applies("{\"maxItems\": " + PiecewiseValidation.WINDOW + "}")).isFalse();
        assertThat(applies("{\"minItems\": 1000}")).isFalse();
        assertThat(applies("{\"prefixItems\": [{}]}")).isFalse();
        assertThat(applies("{\"items\": [{}, {}]}")).isFalse();
        assertThat(applies("{\"contains\": {\"const\": 1}}")).isFalse();
        assertThat(applies("{\"allOf\": [{\"unevaluatedItems\": false}]}")).isFalse();
    }

    @Test
    void theJsonReportConformsAndEachBreakPastTheFirstWindowIsFoundAsWholeFindsIt() throws IOException {
        ReportSchema.Checked piecewise = ReportSchema.load(JsonReportWriter.SCHEMA_RESOURCE,
                SpecVersion.VersionFlag.V202012);
        ReportSchema.Checked inWindows = new ReportSchema.Checked(piecewise.schema(), true, Map.of());
        ReportSchema.Checked whole = new ReportSchema.Checked(piecewise.schema());
        String json = new JsonReportWriter().write(report);
        assertThat(MAPPER.readTree(json).at("/releases/0/claims").size()).isEqualTo(CLAIMS);
        assertThat(MAPPER.readTree(json).at("/findings").size()).isGreaterThan(PiecewiseValidation.WINDOW);

        List<Consumer<JsonNode>> breaks = List.of(
                root -> ((ObjectNode) root.at("/releases/0/claims/" + (CLAIMS - 2))).put("scope", "NOPE"),
                root -> ((ObjectNode) root.at("/releases/0/claims/" + (CLAIMS - 1))).remove("location"),
                root -> ((ObjectNode) root.at("/releases/0/claims/40/components/3")).put("extra", 1),
                root -> ((ObjectNode) root.at("/releases/0/claims/70/amount")).put("state", "BOGUS"),
                root -> ((ObjectNode) root.at("/releases/0/scopes/0/disclosed/50")).put("claim", "Not An Id"),
                root -> ((ObjectNode) root.at("/findings/" + (PiecewiseValidation.WINDOW + 5))).put("severity", "FATAL"),
                root -> ((ObjectNode) root.at("/summary")).put("claims", -1),
                root -> ((ObjectNode) root).remove("findings"));
        for (ReportSchema.Checked checked : List.of(piecewise, inWindows)) {
            assertThat(checked.violations(json)).isEmpty();
            for (Consumer<JsonNode> broken : breaks) {
                String mutated = mutated(json, broken);
                assertThat(whole.violations(mutated)).isNotEmpty();
                assertThat(checked.violations(mutated)).isNotEmpty();
            }
        }
    }

    @Test
    void theSpdxDocumentConformsAndABrokenCostPropertyPastTheFirstWindowIsFound() throws IOException {
        SpdxWriter writer = new SpdxWriter();
        String spdx = writer.write(report);
        assertThat(writer.violations(spdx)).isEmpty();
        String cdxProperties = "/@graph/3/extension/0/extension_cdxProperty";
        assertThat(MAPPER.readTree(spdx).at(cdxProperties).size()).isGreaterThan(PiecewiseValidation.WINDOW);

        assertThat(writer.violations(mutated(spdx, root -> ((ObjectNode) root.at(cdxProperties + "/200"))
                .remove("extension_cdxPropName")))).isNotEmpty();
        assertThat(writer.violations(mutated(spdx, root -> ((ObjectNode) root.at(cdxProperties + "/201"))
                .put("unexpected", 1)))).isNotEmpty();
        assertThat(writer.violations(mutated(spdx, root -> ((ObjectNode) root.at("/@graph/3")).put("unexpected", 1))))
                .isNotEmpty();
    }

    @Test
    void aReportInAFileIsCheckedFromTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.json");
        String json = new JsonReportWriter().write(report);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        assertThat(ReportSchema.violations(file)).isEmpty();

        Files.writeString(file, mutated(json, root -> ((ObjectNode) root.at("/releases/0/claims/90")).put("basis", "X")),
                StandardCharsets.UTF_8);
        assertThat(ReportSchema.violations(file)).singleElement().asString().contains("basis");

        Files.writeString(file, json.substring(0, json.length() / 2), StandardCharsets.UTF_8);
        assertThat(ReportSchema.violations(file)).singleElement().asString().startsWith("not JSON");
    }

    private static boolean applies(String schema) throws IOException {
        return PiecewiseValidation.applies(MAPPER.readTree(schema));
    }

    private static String mutated(String json, Consumer<JsonNode> change) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        change.accept(root);
        return PrettyJson.write(MAPPER, root);
    }
}
