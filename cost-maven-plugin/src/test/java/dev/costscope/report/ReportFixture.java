package dev.costscope.report;

import dev.costscope.analysis.ProjectFacts;
import dev.costscope.rules.RuleSettings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.extract.ScanRequest;
import dev.costscope.extract.SourceScanner;
import dev.costscope.lint.Linter;
import dev.costscope.model.SourceModel;
import dev.costscope.lint.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reports of real sources for the writers' contract tests, and golden-file comparison. To accept a
 * deliberate change of output, run the tests with {@code -Dcostscope.writeGolden=<dir>} and review
 * the files written there.
 */
final class ReportFixture {

    static final String DEEPSEEK = """
            package com.acme;

            import dev.costscope.annotations.*;

            @ModelRelease(name = "DeepSeek-V3", version = "2024-12-26", releaseDate = "2024-12-26",
                totalParameters = "671B", activeParameters = "37B", trainingTokens = "14.8T",
                summary = "Final training run: 2.788M H800 GPU-hours, $5.576M at $2 per GPU-hour.")
            @TrainingCost(scope = Scope.FINAL_RUN, amount = "5.576M", basis = Basis.RENTAL_EQUIVALENT, asOf = "2024",
                items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "5.576M",
                    compute = @Compute(accelerator = "H800", count = 2048, hours = "2.788M", ratePerHour = "2")),
                excludes = @Excluded(component = CostComponent.EXPERIMENTS,
                    reason = "prior research and ablation runs are not included | not estimated by the report"),
                source = "DeepSeek-V3 Technical Report, Table 1")
            @TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "1B", low = "500M", high = "1.5B",
                basis = Basis.THIRD_PARTY_ESTIMATE, source = "analyst estimate",
                items = {@Item(component = CostComponent.FINAL_RUN_COMPUTE), @Item(component = CostComponent.EXPERIMENTS),
                         @Item(component = CostComponent.HARDWARE_ACQUISITION, amount = "700M")})
            public final class DeepSeekV3 {}
            """;

    private ReportFixture() {
    }

    /**
     * Scans {@code sources} (paths under src/main/java) in {@code project}, lints them with {@link FakeRule} only
     * and builds the report.
     */
    static Report report(Path project, Map<String, String> sources) throws IOException {
        return report(project, sources, List.of(new FakeRule()));
    }

    /** Scans {@code sources} like {@link #report(Path, Map)}, lints them with {@code rules} and builds the report. */
    static Report report(Path project, Map<String, String> sources, List<Rule> rules) throws IOException {
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = project.resolve("src/main/java").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
        }
        SourceModel model = new SourceScanner().scan(ScanRequest.of(List.of(project.resolve("src/main/java")), project,
                StandardCharsets.UTF_8));
        ProjectFacts facts = RuleSettings.defaults().analyzer().analyze(model);
        return ReportBuilder.build(facts, new Linter(rules).lint(facts), ReportContext.of("test", rules));
    }

    /**
     * One file declaring {@code releases} releases with one claim each, none with a scope: {@link FakeRule}
     * finds an error in each, more than the cap per file lists when {@code releases} passes it.
     */
    static Map<String, String> manyClaimsInOneFile(int releases) {
        StringBuilder java = new StringBuilder("package com.acme;\nimport dev.costscope.annotations.*;\n");
        for (int i = 0; i < releases; i++) {
            java.append("@ModelRelease(name = \"M").append(i).append("\") @TrainingCost(amount = \"1M\") class M")
                    .append(i).append(" {}\n");
        }
        return Map.of("com/acme/Many.java", java.toString());
    }

    /** Asserts that {@code actual} is the golden file {@code name} beside this class. */
    static void assertGolden(String name, String actual) throws IOException {
        String dir = System.getProperty("costscope.writeGolden");
        if (dir != null) {
            Files.writeString(Path.of(dir, name), actual, StandardCharsets.UTF_8);
        }
        try (InputStream in = ReportFixture.class.getResourceAsStream(name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
