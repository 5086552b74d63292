package dev.costscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.extract.ScanRequest;
import dev.costscope.extract.SourceScanner;
import dev.costscope.lint.Finding;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.Linter;
import dev.costscope.report.JsonReportWriter;
import dev.costscope.report.MarkdownReportWriter;
import dev.costscope.report.Report;
import dev.costscope.report.ReportBuilder;
import dev.costscope.report.ReportContext;
import dev.costscope.rules.RuleSettings;
import dev.costscope.rules.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report and the rule read the one utilization the analysis derives. The claim below is one
 * where the two former methods differed: 6·N·D of the model (3.286e24 FLOP) over 2.788M H800-hours
 * is a plausible 33.1%, while the stated flops (1e25 FLOP) over the same hours are 100.7%.
 */
class OneUtilizationTest {

    @TempDir
    Path project;

    @Test
    void theReportPrintsTheUtilizationTheRuleJudges() throws IOException {
        Path file = project.resolve("src/main/java/com/acme/V3.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "DeepSeek-V3", activeParameters = "37B", totalParameters = "671B", trainingTokens = "14.8T")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "5.576M", basis = Basis.RENTAL_EQUIVALENT, source = "s",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "5.576M",
                        compute = @Compute(accelerator = "H800", hours = "2.788M", ratePerHour = "2", flops = "1e25")))
                public final class V3 {}
                """, StandardCharsets.UTF_8);
        RuleSettings settings = RuleSettings.defaults();
        ProjectFacts facts = settings.analyzer().analyze(new SourceScanner().scan(
                ScanRequest.of(List.of(project.resolve("src/main/java")), project, StandardCharsets.UTF_8)));
        LintResult result = new Linter(Rules.all(settings)).lint(facts);
        Report report = ReportBuilder.build(facts, result, ReportContext.of("test", Rules.all(settings)));

        List<Finding> utilization = result.findings().stream()
                .filter(f -> f.ruleId().equals("implausible-utilization")).toList();
        assertThat(utilization).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("implied utilization 100.7%: the stated flops 1e25 FLOP in 2.788M H800-hours");
            assertThat(f.claimId()).contains("deepseek-v3/final-run");
        });
        assertThat(new MarkdownReportWriter().write(report)).contains("implied utilization 100.7% of peak dense BF16")
                .doesNotContain("33.1%");
        assertThat(new JsonReportWriter().write(report)).contains("100.7").doesNotContain("33.1");
    }
}
