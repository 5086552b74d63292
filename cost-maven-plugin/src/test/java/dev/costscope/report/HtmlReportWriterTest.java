package dev.costscope.report;

import static dev.costscope.report.ReportFixture.DEEPSEEK;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import dev.costscope.lint.Rule;
import dev.costscope.rules.RuleSettings;
import dev.costscope.rules.Rules;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/** The HTML report for people: inert values, valid HTML5, the picture, flags and plain sentences. */
class HtmlReportWriterTest {

    /** The findings at a claim's heading come from the real rules: a missing component is what flags it. */
    private static final List<Rule> REAL_RULES = Rules.all(RuleSettings.defaults());


    private static final String FLAWED = """
            package com.acme;
            import dev.costscope.annotations.*;
            @ModelRelease(name = "Flawed", totalParameters = "7B", trainingTokens = "2T")
            @TrainingCost(scope = Scope.RESEARCH_AND_DEVELOPMENT, amount = "40M", basis = Basis.REPORTED, source = "annual report",
                items = {@Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "4M",
                            compute = @Compute(accelerator = "H100", hours = "2M", ratePerHour = "2")),
                         @Item(component = CostComponent.PERSONNEL, amount = "30M")})
            public final class Flawed {}
            """;

    @TempDir
    Path project;

    @Test
    void escapesEveryValueAndNeedsNothingFromOutside() throws IOException {
        String html = new HtmlReportWriter().write(ReportFixture.report(project, Map.of("com/acme/X.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "<script>alert('x')</script>", summary = "a & b")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "1M", source = "\\"quoted\\" <b>")
                public final class X {}
                """)));
        assertThat(html).doesNotContain("<script>", "<b>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
                "a &amp; b", "&quot;quoted&quot; &lt;b&gt;");
        assertThat(html).doesNotContainPattern("(?i)src\\s*=|href\\s*=\\s*\"[^#]|<link|<script|@import|url\\(");
    }

    @Test
    void isValidHtml5ForTheNuHtmlChecker() throws Exception {
        String html = new HtmlReportWriter().write(ReportFixture.report(project, Map.of(
                "com/acme/DeepSeekV3.java", DEEPSEEK, "com/acme/Flawed.java", FLAWED)));

        assertThat(validate(html)).isEmpty();
    }

    @Test
    void theCheckerUsedHereRejectsInvalidHtml() throws Exception {
        assertThat(validate("<!DOCTYPE html>\n<html lang=\"en\"><head><title>t</title></head><body><table><p>x</p>"
                + "<svg><rect x=\"a\"/></svg><td></body></html>\n")).isNotEmpty();
    }

    @Test
    void saysEachClaimInPlainWordsAndNamesScopesForPeople() throws IOException {
        String html = new HtmlReportWriter().write(ReportFixture.report(project, Map.of("com/acme/DeepSeekV3.java", DEEPSEEK),
                REAL_RULES));

        assertThat(html).contains("<p class=\"plain\">$5.576M is the rental price of the final training run&#39;s GPU"
                        + " time; experiments, salaries, data, hardware, facilities, energy and depreciation are not"
                        + " included.</p>",
                "<h3>Final training run: 5.576M USD</h3>", "</span>Total program: 1B USD</h3>")
                .doesNotContainPattern("<h3>[^<]*[A-Z]+_[A-Z]")
                .doesNotContainPattern("<td data-label=\"(Scope|Component)\">[^<]*[A-Z]+_[A-Z]")
                .contains("<td data-label=\"Component\">Hardware purchase</td>");
    }

    @Test
    void drawsTheLadderWithWhatIsDisclosedAndWhatTheHeadlineCovers() throws IOException {
        String html = new HtmlReportWriter().write(ReportFixture.report(project, Map.of("com/acme/DeepSeekV3.java", DEEPSEEK)));

        assertThat(html).contains("<svg class=\"ladder\"", "class=\"on\"", "class=\"off\"",
                "headline $5.576M covers 1 of 4 steps",
                "Scope ladder: final training run $5.576M; all training runs not disclosed; research and development"
                        + " not disclosed; total program $1B.");
        assertThat(html.split("class=\"on\"", -1)).hasSize(3);
        assertThat(html.split("class=\"off\"", -1)).hasSize(3);
    }

    @Test
    void flagsAClaimWithAnErrorAtItsHeadingWithItsFindingsBesideIt() throws IOException {
        String html = new HtmlReportWriter().write(ReportFixture.report(project, Map.of("com/acme/Flawed.java", FLAWED),
                REAL_RULES));

        assertThat(html).containsPattern("<article class=\"claim flagged flag-error\">\n<h3><span class=\"flag error\">"
                + "\\d+ errors?[^<]*</span>Research and development: 40M USD</h3>");
        String aside = html.substring(html.indexOf("<aside>"), html.indexOf("</aside>"));
        assertThat(aside).contains("missing-component", "EXPERIMENTS").doesNotContain("unscoped");
    }

    @Test
    void showsAnImpliedRateOnlyUnderAFinalRunFigure() throws IOException {
        String flawed = new HtmlReportWriter().write(ReportFixture.report(project, Map.of("com/acme/Flawed.java", FLAWED)));
        assertThat(flawed).contains("Derived: 2M accelerator-hours").doesNotContain("implied rate");

        String deepseek = new HtmlReportWriter().write(ReportFixture.report(project.resolve("d"),
                Map.of("com/acme/DeepSeekV3.java", DEEPSEEK)));
        assertThat(deepseek).contains("implied rate 2 USD per accelerator-hour");
    }

    @Test
    void fillsTheEuFormAndTheFmtiIndicatorsSayingNotDisclosedWhereSilent() throws IOException {
        String html = new HtmlReportWriter().write(ReportFixture.report(project, Map.of("com/acme/DeepSeekV3.java", DEEPSEEK)));

        assertThat(html).contains(DocumentationForm.EU_TITLE, DocumentationForm.FMTI_TITLE,
                "<td data-label=\"Field\">Training compute (FLOP)</td><td data-label=\"From the claims\">3.3 × 10²⁴ FLOP"
                        + " (estimated as 6 × 37B active parameters × 14.8T tokens = 3.286e24 FLOP)</td>",
                "<td data-label=\"Field\">Model cost</td><td data-label=\"From the claims\">$5.576M (final training run);"
                        + " $1B (total program)</td>",
                "<td data-label=\"Field\">Energy usage for final training run</td><td data-label=\"From the claims\""
                        + " class=\"out\">not disclosed</td>");
    }

    @Test
    void listsEveryReleaseInAnOverviewWhenThereAreSeveral() throws IOException {
        String one = new HtmlReportWriter().write(ReportFixture.report(project, Map.of("com/acme/DeepSeekV3.java", DEEPSEEK)));
        String two = new HtmlReportWriter().write(ReportFixture.report(project.resolve("two"), Map.of(
                "com/acme/DeepSeekV3.java", DEEPSEEK, "com/acme/Flawed.java", FLAWED)));

        assertThat(one).doesNotContain("<h2>Overview</h2>");
        assertThat(two).contains("<h2>Overview</h2>", "<a href=\"#release-1\">DeepSeek-V3 2024-12-26</a>",
                "<a href=\"#release-2\">Flawed</a>", "<section class=\"release\" id=\"release-2\">");
    }

    /** The Nu HTML Checker's errors and warnings for {@code html}; empty when valid. */
    static String validate(String html) throws IOException, SAXException {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        return validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))).strip();
    }

    @Test
    void theSummaryAndTheFindingsSayWhatTheCapPerFileLeftOut() throws IOException {
        String html = new HtmlReportWriter().write(ReportFixture.report(project, ReportFixture.manyClaimsInOneFile(250)));

        assertThat(html).contains("0 note(s), 0 processing error(s); 50 of them not listed (at most 200 per file)."
                + " Written by costscope.");
        assertThat(html).contains("<li class=\"error\">src/main/java/com/acme/Many.java: 50 more error finding(s) not"
                + " listed (at most 200 per file)</li>");
    }
}
