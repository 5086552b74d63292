package dev.costscope.rules;

import dev.costscope.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ScopeOrderTest {

    @Test
    void firesWhenANarrowerScopeCostsMore() {
        RuleTester.of(new ScopeOrder()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN,
                    // expect: scope-order FINAL_RUN claim 1B USD is larger than the TOTAL_PROGRAM claim 5.576M USD at line 9, which includes it: the scopes look swapped or an amount is wrong.
                    amount = "1B")
                // expect: scope-order ALL_TRAINING_RUNS claim 2B USD is larger than the TOTAL_PROGRAM claim 5.576M USD at line 9
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "2B")
                @TrainingCost(scope = Scope.TOTAL_PROGRAM,
                    amount = "5.576M")
                class M {}
                """).verify();
    }

    @Test
    void staysSilentInOrderAcrossCurrenciesAndModels() {
        RuleTester.of(new ScopeOrder()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M")
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "6M")
                @TrainingCost(scope = Scope.RESEARCH_AND_DEVELOPMENT, amount = "40M", currency = "CNY")
                @TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "30M", currency = "USD")
                @TrainingCost(scope = Scope.AMORTIZED, amount = "1M")
                class M {}
                @ModelRelease(name = "N")
                @TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "1M")
                class N {}
                """).verify();
    }

    @Test
    void reportsEachNarrowClaimOnceWithTheCountOfWiderClaimsBelowIt() {
        RuleTester.of(new ScopeOrder()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                // expect: scope-order FINAL_RUN claim 9M USD is larger than the ALL_TRAINING_RUNS claim 2M USD at line 8 (and 2 more wider claim(s)), which includes it
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "9M")
                // expect: scope-order FINAL_RUN claim 3M USD is larger than the ALL_TRAINING_RUNS claim 2M USD at line 8 (and 1 more wider claim(s))
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "3M")
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "2M")
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "1M")
                @TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "8M")
                @TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "10M")
                class M {}
                """).verify();
    }
}
