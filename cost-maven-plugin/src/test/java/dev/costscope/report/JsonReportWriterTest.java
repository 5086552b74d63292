package dev.costscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.costscope.lint.Omission;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON report on awkward input still conforms to its schema (the contract test covers the rest). */
class JsonReportWriterTest {

    @TempDir
    Path project;

    private String json(Map<String, String> sources) throws IOException {
        return new JsonReportWriter().write(ReportFixture.report(project, sources));
    }

    @Test
    void processingErrorsAndUnresolvedValuesConformToo() throws IOException {
        String json = json(Map.of(
                "com/acme/Broken.java", "package com.acme;\nimport dev.costscope.annotations.*;\nclass Broken {\n",
                "com/acme/Odd.java", """
                        package com.acme;
                        import dev.costscope.annotations.*;
                        @ModelRelease(name = "Odd")
                        @TrainingCost(scope = Scope.NOPE, amount = Prices.total(), basis = Basis.GUESS,
                            items = @Item(amount = "1", compute = @Compute(count = -1)))
                        class Odd {}
                        """));
        assertThat(ReportSchema.violations(json)).isEmpty();
        assertThat(json).contains("\"scope\" : \"UNRESOLVED\"", "\"processingErrors\" : 1");
    }

    @Test
    void recordsPerFileHowManyFindingsTheCapLeftOut() throws IOException {
        JsonNode root = new ObjectMapper().readTree(json(ReportFixture.manyClaimsInOneFile(250)));

        assertThat(root.get("findings")).hasSize(Omission.CAP);
        assertThat(root.get("omittedFindings").toString()).isEqualTo(
                "[{\"file\":\"src/main/java/com/acme/Many.java\",\"severity\":\"ERROR\",\"count\":50}]");
        JsonNode summary = root.get("summary");
        assertThat(summary.get("omittedFindings").asLong()).isEqualTo(50);
        assertThat(summary.get("errors").asLong()).isEqualTo(250);
        assertThat(ReportSchema.violations(root.toString())).isEmpty();
    }

    @Test
    void saysNothingOfTheCapWhenNothingWasLeftOut() throws IOException {
        JsonNode root = new ObjectMapper().readTree(json(ReportFixture.manyClaimsInOneFile(3)));

        assertThat(root.has("omittedFindings")).isFalse();
        assertThat(root.get("summary").has("omittedFindings")).isFalse();
    }
}
