package dev.costscope.report;

import static dev.costscope.report.ReportFixture.DEEPSEEK;
import static dev.costscope.report.ReportFixture.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown report against golden files. */
class MarkdownReportWriterTest {

    @TempDir
    Path project;

    private String markdown(Map<String, String> sources) throws IOException {
        return new MarkdownReportWriter().write(ReportFixture.report(project, sources));
    }

    @Test
    void aReleaseWithClaimsAndFindings() throws IOException {
        assertGolden("deepseek.md", markdown(Map.of("com/acme/DeepSeekV3.java", DEEPSEEK)));
    }

    @Test
    void anEmptyProject() throws IOException {
        assertGolden("empty.md", markdown(Map.of()));
    }

    @Test
    void theSameSourcesGiveTheSameBytes() throws IOException {
        assertThat(markdown(Map.of("com/acme/DeepSeekV3.java", DEEPSEEK)))
                .isEqualTo(markdown(Map.of("com/acme/DeepSeekV3.java", DEEPSEEK)));
    }
}
