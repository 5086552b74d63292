package dev.costscope.rules;

import dev.costscope.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RangeInconsistentTest {

    @Test
    void firesOnInvertedRangesAndAmountsOutsideThem() {
        RuleTester.of(new RangeInconsistent()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M",
                    // expect: range-inconsistent TrainingCost.low 30M is above TrainingCost.high 10M: swap them.
                    low = "30M", high = "10M",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE,
                        // expect: range-inconsistent Item.amount 6M lies outside its own range [-, 5.5M]: correct the amount or the range.
                        amount = "6M", high = "5.5M"),
                    excludes = @Excluded(component = CostComponent.EXPERIMENTS, reason = "r",
                        // expect: range-inconsistent Excluded.low 30M is above Excluded.high 10M
                        low = "30M", high = "10M"))
                @TrainingCost(scope = Scope.TOTAL_PROGRAM,
                    // expect: range-inconsistent TrainingCost.amount 400M lies outside its own range [500M, 1B]
                    amount = "400M", low = "500M", high = "1B")
                class M {}
                """).verify();
    }

    @Test
    void staysSilentOnConsistentRangesAndEdges() {
        RuleTester.of(new RangeInconsistent()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M", low = "6M", high = "6M")
                @TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "1B", low = "500M", high = "1B",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, low = "5M", high = "7M"),
                    excludes = @Excluded(component = CostComponent.DATA, reason = "r", low = "1M"))
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "20M", low = "not a number", high = "30M")
                class M {}
                """).verify();
    }
}
