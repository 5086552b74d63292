package dev.costscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnscopedClaimTest {

    @Test
    void firesOnAClaimWithoutScopeAndSaysWhichScopeItsItemsFit() {
        RuleTester.of(new UnscopedClaim(RuleSettings.defaults())).source("com/acme/Headline.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "Headline")
                // expect: unscoped-claim The 6M USD claim has no scope: say what it covers; declare scope = Scope.FINAL_RUN
                @TrainingCost(amount = "6M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "5.576M")
                @TrainingCost(
                    // expect: unscoped-claim its items FINAL_RUN_COMPUTE and EXPERIMENTS fit scope = Scope.ALL_TRAINING_RUNS.
                    scope = Scope.UNSPECIFIED, amount = "20M",
                    items = {@Item(component = CostComponent.EXPERIMENTS), @Item(component = CostComponent.FINAL_RUN_COMPUTE)})
                class Headline {}
                """).verify();
    }

    @Test
    void staysSilentOnScopedClaimsAndUnresolvedScopes() {
        RuleTester.of(new UnscopedClaim(RuleSettings.defaults())).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "1B")
                @TrainingCost(scope = Scope.SOMETHING_ELSE, amount = "6M")
                class M {}
                """).verify();
    }

    @Test
    void isSuppressedPerType() {
        var result = RuleTester.of(new UnscopedClaim(RuleSettings.defaults())).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(amount = "6M")
                @SuppressWarnings("cost:unscoped-claim")
                class M {}
                """).verify();
        assertThat(result.suppressed()).hasSize(1);
    }
}
