package dev.costscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.costscope.lint.Baseline;
import dev.costscope.lint.BaselineEntry;
import dev.costscope.lint.Finding;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.RuleSeverities;
import dev.costscope.lint.Rule;
import dev.costscope.rules.Rules;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SARIF for code scanning: URIs that name the right file whatever its name, rule pages, fingerprints, baselines. */
class SarifReportWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String UNSCOPED = """
            package com.acme;

            import dev.costscope.annotations.*;

            @ModelRelease(name = "Headline")
            @TrainingCost(amount = "6M", basis = Basis.THIRD_PARTY_ESTIMATE, source = "press")
            public final class Headline {}
            """;

    @TempDir
    Path project;

    private final SarifReportWriter writer = new SarifReportWriter();

    @ParameterizedTest
    @ValueSource(strings = {"Café.java", "with space.java", "100%.java", "hash#tag.java", "what?.java",
            "[brackets].java", "quote'd.java", "double\"quote.java", "naïve/Ünïcode 名前.java", "a+b;c=d&e.java"})
    void everyFileNameGivesValidSarifThatResolvesToThatFile(String name) throws Exception {
        Report report = ReportFixture.report(project, Map.of("com/acme/" + name, UNSCOPED));
        assertThat(report.result().findings()).isNotEmpty();
        String sarif = writer.write(report);

        assertThat(ReportSchema.sarifViolations(sarif)).isEmpty();
        JsonNode artifact = MAPPER.readTree(sarif).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(artifact.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        String uri = artifact.get("uri").asText();
        assertThat(uri).doesNotContain(" ", "#", "?", "[", "'", "\"").matches("[\\x21-\\x7e]+");
        URI parsed = new URI(uri);
        assertThat(parsed.isAbsolute()).isFalse();
        assertThat(parsed.getRawQuery()).isNull();
        assertThat(parsed.getRawFragment()).isNull();
        Path resolved = project.resolve(parsed.getPath());
        assertThat(resolved).isEqualTo(project.resolve("src/main/java/com/acme/" + name)).isRegularFile();
    }

    @Test
    void absolutePathsBecomeFileUris() {
        assertThat(SarifUris.of("/home/a b/Café.java")).isEqualTo("file:///home/a%20b/Caf%C3%A9.java");
        assertThat(SarifUris.of("C:/work/x#1.java")).isEqualTo("file:///C:/work/x%231.java");
        assertThat(SarifUris.of("src/x.java")).isEqualTo("src/x.java");
    }

    @Test
    void rulesLinkTheirPageAndResultsCarryTheBaselineFingerprint() throws Exception {
        Report report = ReportFixture.report(project, Map.of("com/acme/Headline.java", UNSCOPED));
        JsonNode run = MAPPER.readTree(writer.write(report)).at("/runs/0");
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            assertThat(rule.get("helpUri").asText())
                    .isEqualTo("https://github.com/costscope/costscope/blob/main/docs/rules/" + rule.get("id").asText() + ".md");
        }
        Finding finding = report.result().findings().get(0);
        JsonNode result = run.at("/results/0");
        assertThat(result.at("/partialFingerprints/costscope~1v1").asText())
                .isEqualTo(finding.fingerprint())
                .isEqualTo(BaselineEntry.of(finding).fingerprint());
        assertThat(result.has("baselineState")).isFalse();
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/description/text").asText()).contains("execution root");
    }

    @Test
    void withABaselineResultsSayWhetherTheyAreNewOrUnchanged() throws Exception {
        Report first = ReportFixture.report(project, Map.of("com/acme/Headline.java", UNSCOPED));
        Baseline baseline = Baseline.of(first.result());
        Report second = ReportFixture.report(project, Map.of("com/acme/Second.java", UNSCOPED.replace("Headline", "Second")));
        LintResult applied = baseline.apply(second.result()).result();
        String sarif = writer.write(new Report(second.releases(), applied, second.context()));

        assertThat(ReportSchema.sarifViolations(sarif)).isEmpty();
        List<String> states = new ArrayList<>();
        for (JsonNode result : MAPPER.readTree(sarif).at("/runs/0/results")) {
            states.add(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText() + " "
                    + result.get("baselineState").asText());
        }
        assertThat(states).containsExactly("src/main/java/com/acme/Second.java new",
                "src/main/java/com/acme/Headline.java unchanged");
    }

    @Test
    void aRuleSwitchedOffIsDescribedDisabledAndAnOverriddenOneAtItsNewLevel() throws Exception {
        List<String> ids = Rules.all().stream().map(Rule::id).toList();
        RuleSeverities levels = RuleSeverities.parse(List.of("unscoped-claim=OFF", "missing-provenance=ERROR"), ids);
        Report report = ReportFixture.report(project, Map.of("com/acme/Headline.java", UNSCOPED), Rules.all());
        String sarif = writer.write(new Report(report.releases(), levels.apply(report.result()),
                report.context().withSeverities(levels)));
        assertThat(ReportSchema.sarifViolations(sarif)).isEmpty();
        JsonNode rules = MAPPER.readTree(sarif).at("/runs/0/tool/driver/rules");
        JsonNode unscoped = rules.get(ids.indexOf("unscoped-claim"));
        assertThat(unscoped.at("/defaultConfiguration/enabled").asBoolean()).isFalse();
        assertThat(rules.get(ids.indexOf("missing-provenance")).at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(rules.get(ids.indexOf("rate-outlier")).at("/defaultConfiguration/enabled").isMissingNode()).isTrue();
    }
}
