package dev.costscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.lint.Finding;
import dev.costscope.lint.Severity;
import dev.costscope.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ImplausibleUtilizationTest {

    private static final ImplausibleUtilization RULE = new ImplausibleUtilization(RuleSettings.defaults());

    @Test
    void aDigitSlippedInTheHoursIsPhysicallyImpossible() {
        var result = RuleTester.of(RULE).source("com/acme/V3.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "DeepSeek-V3", activeParameters = "37B", totalParameters = "671B", trainingTokens = "14.8T")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "557.6K",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, compute = @Compute(accelerator = "H800",
                        // expect: implausible-utilization implied utilization 331.0%: 6 × 37B active parameters × 14.8T tokens = 3.286e24 FLOP in 278.8K H800-hours × 3600 s × 989 TFLOP/s (peak dense BF16) = 9.926e23 FLOP. That is more work than the accelerators can do at peak: the claim is physically impossible
                        hours = "278.8K", ratePerHour = "2")))
                class V3 {}
                """).verify();
        assertThat(result.findings()).extracting(Finding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void outsideTheBandIsAWarningAndStatedFlopsAreUsedInstead() {
        var result = RuleTester.of(RULE).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M", totalParameters = "7B", trainingTokens = "2T")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "2M",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, compute = @Compute(accelerator = "A100-80GB",
                        // expect: implausible-utilization implied utilization 1.9%: 6 × 7B parameters × 2T tokens = 8.4e22 FLOP in 4M A100-80GB-hours × 3600 s × 312 TFLOP/s (peak dense BF16) = 4.493e24 FLOP, outside the plausible band 5.0%-75.0%
                        hours = "4M")))
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "2M",
                    items = @Item(component = CostComponent.EXPERIMENTS, compute = @Compute(accelerator = "h100 sxm",
                        // expect: implausible-utilization implied utilization 80.9%: the stated flops 2.88e24 FLOP in 1M h100 sxm-hours
                        hours = "1M", flops = "2.88e24")))
                class M {}
                """).verify();
        assertThat(result.findings()).extracting(Finding::severity).containsOnly(Severity.WARNING);
    }

    @Test
    void staysSilentWhenPlausibleOrUncheckable() {
        RuleTester.of(RULE).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "DeepSeek-V3", activeParameters = "37B", totalParameters = "671B", trainingTokens = "14.8T")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "5.576M",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, compute = {
                        @Compute(accelerator = "H800", hours = "2.664M"), @Compute(accelerator = "H800", hours = "119K"),
                        @Compute(accelerator = "H800", hours = "5K")}))
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "9M",
                    items = {@Item(component = CostComponent.FINAL_RUN_COMPUTE, compute = @Compute(accelerator = "H900", hours = "1K")),
                             @Item(component = CostComponent.EXPERIMENTS, compute = @Compute(accelerator = "H800", hours = "1K"))})
                class V3 {}
                @ModelRelease(name = "NoTokens", totalParameters = "7B")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "1",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, compute = @Compute(accelerator = "H100", hours = "1")))
                class NoTokens {}
                """).verify();
    }

    /** One A100-hour is 3600 s × 312 TFLOP/s = 1.1232e18 FLOP; the parameters are chosen to land on each edge. */
    @Test
    void bandAndImpossibilityEdges() {
        String release = """
                @ModelRelease(name = "%s", totalParameters = "%s", trainingTokens = "%s")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "2",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, compute = @Compute(accelerator = "A100",
                        %s
                        hours = "1")))
                class %s {}
                """;
        StringBuilder source = new StringBuilder("package com.acme;\nimport dev.costscope.annotations.*;\n");
        String[][] cases = {
                {"Low", "9.36M", "1B", ""},
                {"BelowLow", "9.36M", "0.999B", "// expect: implausible-utilization implied utilization 5.0%"},
                {"High", "140.4M", "1B", ""},
                {"AboveHigh", "140.4M", "1.001B", "// expect: implausible-utilization implied utilization 75.1%"},
                {"Full", "187.2M", "1B", "// expect: implausible-utilization implied utilization 100.0%"},
                {"Impossible", "187.2M", "1.001B", "// expect: implausible-utilization implied utilization 100.1%"}};
        for (String[] c : cases) {
            source.append(release.formatted(c[0], c[1], c[2], c[3], c[0]));
        }
        var result = RuleTester.of(RULE).source("com/acme/Edges.java", source.toString()).verify();
        assertThat(result.findings()).extracting(Finding::severity)
                .containsExactly(Severity.WARNING, Severity.WARNING, Severity.WARNING, Severity.ERROR);
    }
}
