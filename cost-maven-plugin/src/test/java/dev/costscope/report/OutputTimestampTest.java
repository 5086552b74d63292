package dev.costscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTimestampTest {

    @TempDir
    Path project;

    @Test
    void readsTheFormsMavenAccepts() {
        assertThat(OutputTimestamp.parse(null)).isEmpty();
        assertThat(OutputTimestamp.parse("")).isEmpty();
        assertThat(OutputTimestamp.parse("x")).as("a single character disables it, as in Maven").isEmpty();
        assertThat(OutputTimestamp.parse("1737331200")).contains(Instant.parse("2025-01-20T00:00:00Z"));
        assertThat(OutputTimestamp.parse("2025-01-20T09:00:00+09:00")).contains(Instant.parse("2025-01-20T00:00:00Z"));
        assertThatThrownBy(() -> OutputTimestamp.parse("yesterday")).hasMessageContaining("'yesterday' is neither");
    }

    @Test
    void aDatedReportSaysSoInEveryHumanFormatAndStaysValid() throws IOException {
        Report undated = ReportFixture.report(project, Map.of());
        Report dated = new Report(undated.releases(), undated.result(),
                undated.context().dated(Optional.of(Instant.parse("2025-01-20T09:30:15.123Z"))));
        String json = new JsonReportWriter().write(dated);
        assertThat(json).contains("\"generatedAt\" : \"2025-01-20T09:30:15Z\"");
        assertThat(ReportSchema.violations(json)).isEmpty();
        assertThat(new MarkdownReportWriter().write(dated)).contains("Written by costscope at 2025-01-20T09:30:15Z.");
        assertThat(new HtmlReportWriter().write(dated)).contains("Written by costscope at 2025-01-20T09:30:15Z.");
        assertThat(new JsonReportWriter().write(undated)).doesNotContain("generatedAt");
    }
}
