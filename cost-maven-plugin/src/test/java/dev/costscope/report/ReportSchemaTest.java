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
            {"formatVersion": "1.0",
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
        assertThat(ReportSchema.violations(MINIMAL.replace("\"1.0\"", "\"2.0\""))).hasSize(1);
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
    void docsPublishTheSchemaTheJarShips() throws IOException {
        try (InputStream in = ReportSchema.class.getResourceAsStream(JsonReportWriter.SCHEMA_RESOURCE)) {
            String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(Files.readString(Path.of("../docs/schema", JsonReportWriter.SCHEMA_RESOURCE)))
                    .isEqualTo(shipped);
        }
    }
}
