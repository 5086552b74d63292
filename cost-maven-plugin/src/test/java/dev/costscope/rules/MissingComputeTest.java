package dev.costscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.testing.RuleTester;
import org.junit.jupiter.api.Test;

class MissingComputeTest {

    @Test
    void firesOnFinalRunAndExperimentItemsWithoutHours() {
        RuleTester.of(new MissingCompute()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "20M",
                    items = {
                        // expect: missing-compute FINAL_RUN_COMPUTE item states no accelerator-hours: add compute = @Compute(
                        @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "6M"),
                        // expect: missing-compute EXPERIMENTS item states no accelerator-hours
                        @Item(component = CostComponent.EXPERIMENTS, amount = "14M",
                            compute = @Compute(accelerator = "H800", count = 2048, ratePerHour = "2")),
                        // expect: missing-compute EXPERIMENTS item states no accelerator-hours
                        @Item(component = CostComponent.EXPERIMENTS, compute = @Compute(accelerator = "H800", hours = " "))})
                class M {}
                """).verify();
    }

    @Test
    void staysSilentWhenHoursAreStatedOrTheComponentNeedsNone() {
        RuleTester.of(new MissingCompute()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.RESEARCH_AND_DEVELOPMENT, amount = "200M",
                    items = {
                        @Item(component = CostComponent.FINAL_RUN_COMPUTE,
                            compute = {@Compute(flops = "3.3e24"), @Compute(accelerator = "H800", hours = "2.664M")}),
                        @Item(component = CostComponent.EXPERIMENTS, compute = @Compute(hours = Hours.EXPERIMENTS)),
                        @Item(component = CostComponent.PERSONNEL), @Item(component = CostComponent.DATA),
                        @Item(component = Components.COMPUTE)})
                class M {}
                """).verify();
    }

    @Test
    void isSuppressedPerType() {
        var result = RuleTester.of(new MissingCompute()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M", items = @Item(component = CostComponent.FINAL_RUN_COMPUTE))
                @SuppressWarnings("cost:missing-compute")
                class M {}
                """).verify();
        assertThat(result.suppressed()).hasSize(1);
    }
}
