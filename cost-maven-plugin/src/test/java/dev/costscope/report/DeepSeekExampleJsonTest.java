package dev.costscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.costscope.analysis.ProjectFacts;
import dev.costscope.extract.ScanRequest;
import dev.costscope.extract.SourceScanner;
import dev.costscope.lint.Linter;
import dev.costscope.rules.RuleSettings;
import dev.costscope.rules.Rules;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a tool does with the report of the DeepSeek-V3 example: it reads the final run's cost and the
 * components left out of it as data, with no string parsing: field names, numbers and enum values only.
 */
class DeepSeekExampleJsonTest {

    private static final Path EXAMPLE = Path.of("../examples/deepseek-v3");

    private static JsonNode report(Path example) throws IOException {
        RuleSettings settings = RuleSettings.defaults();
        ProjectFacts facts = settings.analyzer().analyze(new SourceScanner().scan(
                ScanRequest.of(List.of(example.resolve("src/main/java")), example, StandardCharsets.UTF_8)
                        .withText(example, List.of("README.md"), List.of())));
        Report report = ReportBuilder.build(facts, new Linter(Rules.all(settings)).lint(facts),
                ReportContext.of("0.1.0-test", Rules.all(settings)).forProject(new ProjectCoordinates(
                        "dev.costscope.examples", example.getFileName().toString(), "1.0")));
        String json = new JsonReportWriter().write(report);
        assertThat(ReportSchema.violations(json)).isEmpty();
        return new ObjectMapper().readTree(json);
    }

    @Test
    void theLlamaExampleCarriesTheModelCardsEmissionsOfThe405BModelAsNumbers() throws IOException {
        JsonNode root = report(Path.of("../examples/llama-3.1-405b"));
        assertThat(root.get("findings")).isEmpty();
        JsonNode compute = root.get("releases").get(0).get("claims").get(0).get("compute").get(0);
        assertThat(compute.get("locationBasedEmissions").get("value").decimalValue()).isEqualByComparingTo("8930");
        assertThat(compute.get("locationBasedEmissions").get("unit").asText()).isEqualTo("tCO2eq");
        assertThat(compute.get("marketBasedEmissions").get("value").decimalValue()).isEqualByComparingTo("0");
        assertThat(compute.get("hours").get("value").decimalValue()).isEqualByComparingTo("30840000");
    }

    @Test
    void aToolReadsTheFinalRunCostAndWhatItExcludesWithoutParsingText() throws IOException {
        JsonNode root = report(EXAMPLE);
        JsonNode finalRun = null;
        for (JsonNode claim : root.get("releases").get(0).get("claims")) {
            if (claim.get("scope").asText().equals("FINAL_RUN")) {
                finalRun = claim;
            }
        }
        assertThat(finalRun).isNotNull();
        JsonNode amount = finalRun.get("amount");
        assertThat(amount.get("value").isNumber()).isTrue();
        assertThat(amount.get("value").decimalValue()).isEqualByComparingTo(new BigDecimal("5576000"));
        assertThat(amount.get("unit").asText()).isEqualTo("USD");
        List<String> excluded = new ArrayList<>();
        for (JsonNode row : finalRun.get("components")) {
            if (row.get("status").asText().equals("EXCLUDED")) {
                excluded.add(row.get("component").asText());
            }
        }
        assertThat(excluded).containsExactly("EXPERIMENTS", "PERSONNEL", "DATA", "HARDWARE_ACQUISITION", "FACILITIES", "ENERGY");
        assertThat(finalRun.get("derived").get("acceleratorHours").get("value").decimalValue())
                .isEqualByComparingTo(new BigDecimal("2788000"));
        assertThat(finalRun.get("id").asText()).isEqualTo("deepseek-v3@2024-12-26/final-run");
        assertThat(root.get("generator").get("version").asText()).isEqualTo("0.1.0-test");
        assertThat(root.get("project").get("artifactId").asText()).isEqualTo("deepseek-v3");
        assertThat(root.get("$schema").asText()).endsWith("/docs/schema/costscope-report-2.0.schema.json");
    }
}
