package dev.costscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown report of a hostile project, rendered the way a reader's renderer does (CommonMark,
 * raw HTML allowed): nothing a project wrote becomes markup.
 */
class MarkdownReportWriterTest {

    private static final String HOSTILE = """
            package com.acme;
            import dev.costscope.annotations.*;
            /** Costs. */
            @ModelRelease(name = "<script>alert(1)</script>", version = "`v1` | *b*",
                releaseDate = "<b>2024</b>", totalParameters = "<i>7B</i>", trainingTokens = "1T\\r\\n# injected heading",
                summary = "<img src=x onerror=alert(2)> [link](javascript:alert(3)) \\r\\n\\r\\n<div>block</div>")
            @TrainingCost(scope = Scope.FINAL_RUN, amount = "<u>1M</u>", currency = "U|SD",
                basis = Basis.REPORTED, asOf = "`2024`", source = "a | b ` c <iframe src=x></iframe>",
                note = "line one\\r\\n- list item\\n<script>alert(4)</script>",
                items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "1M"),
                excludes = @Excluded(component = CostComponent.EXPERIMENTS, reason = "x | y <svg onload=alert(5)> `z`\\n| a | b |",
                    low = "<b>1</b>", high = "2"))
            class Hostile {}
            """;

    @TempDir
    Path project;

    @Test
    void noValueOfTheProjectBecomesHtmlWhenRendered() throws IOException {
        String md = write();
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));

        assertThat(html).doesNotContainPattern("(?i)<(script|img|iframe|svg|div|b|i|u|a)[\\s>]")
                .doesNotContain("<h1>injected", "<li>list item", "href=")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;",
                        "&lt;iframe src=x&gt;&lt;/iframe&gt;");
    }

    @Test
    void everyTableRowKeepsItsCellsAndEveryValueItsLine() throws IOException {
        String md = write();

        assertThat(md).doesNotContain("\r");
        Pattern unescapedPipe = Pattern.compile("(?<!\\\\)\\|");
        long header = -1;
        int rows = 0;
        for (String line : md.split("\n")) {
            long pipes = unescapedPipe.matcher(line).results().count();
            if (!line.startsWith("|")) {
                header = -1;
            } else if (header < 0) {
                header = pipes;
            } else {
                assertThat(pipes).as(line).isEqualTo(header);
                rows++;
            }
        }
        assertThat(rows).isGreaterThan(20);
        assertThat(md).contains("U\\|SD", "x \\| y", "\\`v1\\`", "\\<img src=x onerror=alert(2)\\>")
                .doesNotContainPattern("(?m)^# injected").doesNotContainPattern("(?m)^- list item");
    }

    @Test
    void aFileNameIsShownLiterallyWhateverItHolds() throws IOException {
        String md = new MarkdownReportWriter().write(ReportFixture.report(project, Map.of(
                "com/acme/<b>x</b>`|y/Odd.java", """
                        package com.acme;
                        import dev.costscope.annotations.*;
                        @ModelRelease(name = "Odd")
                        @TrainingCost(amount = "1M")
                        class Odd {}
                        """)));
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));

        assertThat(html).doesNotContain("<b>").contains("&lt;b&gt;x&lt;/b&gt;`");
    }

    private String write() throws IOException {
        return new MarkdownReportWriter().write(ReportFixture.report(project, Map.of("com/acme/Hostile.java", HOSTILE)));
    }

    @Test
    void theSummaryAndTheFindingsSayWhatTheCapPerFileLeftOut() throws IOException {
        String md = new MarkdownReportWriter().write(ReportFixture.report(project, ReportFixture.manyClaimsInOneFile(250)));

        assertThat(md).contains("250 error(s), 0 warning(s), 0 note(s), 0 processing error(s); 50 of them not listed"
                + " (at most 200 per file). Written by costscope.");
        assertThat(md).contains("\n- src/main/java/com/acme/Many.java: 50 more error finding(s) not listed (at most 200"
                + " per file)\n");
    }
}
