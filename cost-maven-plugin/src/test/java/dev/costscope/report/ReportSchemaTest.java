package dev.costscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped schema rejects what does not conform, and docs/ publishes the same schema. */
class ReportSchemaTest {

    private static final String MINIMAL = """
            {"$schema": "https://raw.githubusercontent.com/costscope/costscope/main/docs/schema/costscope-report-2.0.schema.json",
             "formatVersion": "2.0", "generator": {"name": "costscope", "version": "0.1.0"},
             "summary": {"releases": 0, "claims": 0, "errors": 0, "warnings": 0, "notes": 0, "suppressed": 0,
                         "processingErrors": 0},
             "releases": [], "findings": [], "processingErrors": []}
            """;

    @Test
    void aMinimalReportConforms() {
        assertThat(ReportSchema.violations(MINIMAL)).isEmpty();
    }

    @Test
    void whatDoesNotConformIsNamed() {
        assertThat(ReportSchema.violations(MINIMAL.replace("\"2.0\"", "\"1.0\""))).hasSize(1);
        assertThat(ReportSchema.violations(MINIMAL.replace("\"findings\": [], ", ""))).singleElement().asString()
                .contains("findings");
        assertThat(ReportSchema.violations(MINIMAL.replace("\"claims\": 0", "\"claims\": -1"))).hasSize(1);
        assertThat(ReportSchema.violations(MINIMAL.replace("\"releases\": [],", "\"releases\": [], \"extra\": 1,")))
                .hasSize(1);
        assertThat(ReportSchema.violations(MINIMAL.replace("\"findings\": []",
                "\"findings\": [{\"rule\": \"x\", \"severity\": \"FATAL\", \"message\": \"m\","
                        + " \"location\": {\"file\": \"f\", \"line\": 0, \"column\": 1}}]"))).hasSize(3);
        assertThat(ReportSchema.violations("{")).singleElement().asString().startsWith("not JSON");
    }

    @Test
    void numbersAreNumbersAndFindingsNameAClaimById() {
        assertThat(ReportSchema.violations(MINIMAL.replace("\"releases\": [],", "\"releases\": [{\"type\": \"T\","
                + " \"location\": {\"file\": \"f\", \"line\": 1, \"column\": 1}, \"scopes\": [], \"claims\": [],"
                + " \"totalParameters\": {\"state\": \"VALID\", \"value\": \"671B\", \"unit\": \"parameters\","
                + " \"display\": \"671B\"}}],"))).singleElement().asString().contains("value");
        assertThat(ReportSchema.violations(MINIMAL.replace("\"findings\": []",
                "\"findings\": [{\"rule\": \"a-b\", \"severity\": \"ERROR\", \"message\": \"m\","
                        + " \"location\": {\"file\": \"f\", \"line\": 1, \"column\": 1}, \"claim\": \"Not An Id\"}]")))
                .hasSize(1);
    }

    @Test
    void theFormerSchemaStaysForOldReaders() throws IOException {
        assertThat(Path.of("../docs/schema/costscope-report-1.0.schema.json")).isRegularFile();
        assertThat(ReportSchema.class.getResource("costscope-report-1.0.schema.json")).isNotNull();
    }

    @Test
    void docsPublishTheSchemaTheJarShips() throws IOException {
        try (InputStream in = ReportSchema.class.getResourceAsStream(JsonReportWriter.SCHEMA_RESOURCE)) {
            String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(Files.readString(Path.of("../docs/schema", JsonReportWriter.SCHEMA_RESOURCE)))
                    .isEqualTo(shipped);
        }
    }
}
