package dev.costscope.rules;

import dev.costscope.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ItemsExceedTotalTest {

    private static final ItemsExceedTotal RULE = new ItemsExceedTotal(RuleSettings.defaults());

    @Test
    void errorWhenItemsAddUpToMoreWarningWhenAllItemizedAddUpToLess() {
        var result = RuleTester.of(RULE).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                import static dev.costscope.annotations.CostComponent.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS,
                    // expect: items-exceed-total the items add up to FINAL_RUN_COMPUTE 6M + EXPERIMENTS 20M = 26M USD, 30.0% more than the claim's 20M: correct the items or the amount.
                    amount = "20M",
                    items = {@Item(component = FINAL_RUN_COMPUTE, amount = "6M"), @Item(component = EXPERIMENTS, amount = "20M")})
                @TrainingCost(scope = Scope.RESEARCH_AND_DEVELOPMENT,
                    // expect: items-exceed-total the items add up to FINAL_RUN_COMPUTE 6M + EXPERIMENTS 20M + PERSONNEL 30M + DATA 4M = 60M USD, 40.0% less than the claim's 100M: itemize what makes up the rest
                    amount = "100M",
                    items = {@Item(component = FINAL_RUN_COMPUTE, amount = "6M"), @Item(component = EXPERIMENTS, amount = "20M"),
                             @Item(component = PERSONNEL, amount = "30M"), @Item(component = DATA, amount = "4M")})
                class M {}
                """).verify();
        org.assertj.core.api.Assertions.assertThat(result.findings()).extracting(f -> f.severity().name())
                .containsExactly("ERROR", "WARNING");
    }

    @Test
    void toleranceEdgesAndPartlyItemizedClaims() {
        RuleTester.of(RULE).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                import static dev.costscope.annotations.CostComponent.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "100", items = @Item(component = FINAL_RUN_COMPUTE, amount = "105"))
                // expect: items-exceed-total 5.0% more
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "100", items = @Item(component = FINAL_RUN_COMPUTE, amount = "105.01"))
                @TrainingCost(scope = Scope.AMORTIZED, amount = "100", items = @Item(component = ENERGY, amount = "95"))
                // expect: items-exceed-total 5.0% less
                @TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "100", items = @Item(component = ENERGY, amount = "94.99"))
                @TrainingCost(scope = Scope.RESEARCH_AND_DEVELOPMENT, amount = "100",
                    items = {@Item(component = FINAL_RUN_COMPUTE, amount = "6"), @Item(component = PERSONNEL)})
                class M {}
                """).verify();
    }
}
