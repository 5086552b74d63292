package dev.costscope.rules;

import dev.costscope.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RateMismatchTest {

    private static final RateMismatch RULE = new RateMismatch(RuleSettings.defaults());

    @Test
    void firesWhenTheAmountIsNotHoursTimesRate() {
        RuleTester.of(RULE).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE,
                        // expect: rate-mismatch Item.amount 6M USD is not 2.664M H800-hours × 2.10 = 5.594M: it is 7.3% more (tolerance 5.0%); correct the amount, the hours or the rate.
                        amount = "6M",
                        compute = @Compute(accelerator = "H800", hours = "2.664M", ratePerHour = "2.10")))
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS,
                    // expect: rate-mismatch TrainingCost.amount 4M USD is not 1M H100-hours × 2 + 1M H100-hours × 3 = 5M: it is 20.0% less
                    amount = "4M",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE,
                        compute = {@Compute(accelerator = "H100", hours = "1M", ratePerHour = "2"),
                                   @Compute(accelerator = "H100", hours = "1M", ratePerHour = "3")}))
                class M {}
                """).verify();
    }

    @Test
    void wallClockHoursPerAcceleratorAreRecognisedAndTheFixIsSaid() {
        RuleTester.of(RULE).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN,
                    // expect: rate-mismatch TrainingCost.amount 5.576M USD is not 1.361K H800-hours × 2 = 2.723K: it is 204699.7% more (tolerance 5.0%). The hours look like wall-clock hours per accelerator: count × hours × rate = 2048 × 1.361K h × 2 = 5.576M matches the amount. Compute.hours is the total accelerator-hours (count × wall-clock hours): write hours = "2.788M".
                    amount = "5.576M",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE,
                        compute = @Compute(accelerator = "H800", count = 2048, hours = "1361.33", ratePerHour = "2")))
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS,
                    // expect: rate-mismatch TrainingCost.amount 9M USD is not 1.361K H800-hours × 2 = 2.723K: it is 330459.1% more (tolerance 5.0%); correct the amount, the hours or the rate.
                    amount = "9M",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE,
                        compute = @Compute(accelerator = "H800", count = 2048, hours = "1361.33", ratePerHour = "2")))
                class M {}
                """).verify();
    }

    @Test
    void toleranceEdges() {
        RuleTester.of(RULE).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "500",
                    items = {
                        @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "105",
                            compute = @Compute(hours = "50", ratePerHour = "2")),
                        @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "95",
                            compute = @Compute(hours = "50", ratePerHour = "2")),
                        // expect: rate-mismatch it is 5.0% more
                        @Item(component = CostComponent.EXPERIMENTS, amount = "105.01",
                            compute = @Compute(hours = "50", ratePerHour = "2")),
                        // expect: rate-mismatch it is 5.0% less
                        @Item(component = CostComponent.EXPERIMENTS, amount = "94.99",
                            compute = @Compute(hours = "50", ratePerHour = "2"))})
                class M {}
                """).verify();
    }

    @Test
    void staysSilentWhenConsistentOrNotComputable() {
        RuleTester.of(RULE).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "DeepSeek-V3")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "5.576M",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "5.576M", compute = {
                        @Compute(accelerator = "H800", hours = "2.664M", ratePerHour = "2"),
                        @Compute(accelerator = "H800", hours = "119K", ratePerHour = "2"),
                        @Compute(accelerator = "H800", hours = "5K", ratePerHour = "2")}))
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "99M",
                    items = {
                        @Item(component = CostComponent.FINAL_RUN_COMPUTE, compute = @Compute(hours = "1M", ratePerHour = "2")),
                        @Item(component = CostComponent.EXPERIMENTS, compute = @Compute(hours = "1M"))})
                @TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "99M",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "not a number",
                        compute = @Compute(hours = "1M", ratePerHour = "2")))
                class M {}
                """).verify();
    }
}
