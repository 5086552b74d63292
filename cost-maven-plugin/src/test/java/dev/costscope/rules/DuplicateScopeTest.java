package dev.costscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.testing.RuleTester;
import org.junit.jupiter.api.Test;

class DuplicateScopeTest {

    @Test
    void firesOnTheSecondClaimOfAScope() {
        RuleTester.of(new DuplicateScope()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "DeepSeek-V3", version = "2024-12-26")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "5.576M")
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "20M")
                // expect: duplicate-scope DeepSeek-V3 2024-12-26 already has a FINAL_RUN claim at line 4: merge the two, and give an estimate's spread with low and high.
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M")
                // expect: duplicate-scope already has a FINAL_RUN claim at line 4:
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "5.6M")
                class M {}
                """).verify();
    }

    @Test
    void staysSilentOnDistinctScopesUnscopedOrUnresolvedPairsAndSeparateModels() {
        RuleTester.of(new DuplicateScope()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "5.576M")
                @TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "1B")
                @TrainingCost(amount = "6M")
                @TrainingCost(amount = "5.6M")
                @TrainingCost(scope = Scopes.FINAL, amount = "1M")
                @TrainingCost(scope = Scopes.FINAL, amount = "2M")
                class M {}
                @ModelRelease(name = "N")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "1M")
                class N {}
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "1M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "2M")
                class Orphan {}
                """).verify();
    }

    @Test
    void isSuppressedPerType() {
        var result = RuleTester.of(new DuplicateScope()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "5.576M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M")
                @SuppressWarnings("cost:duplicate-scope")
                class M {}
                """).verify();
        assertThat(result.suppressed()).hasSize(1);
    }
}
