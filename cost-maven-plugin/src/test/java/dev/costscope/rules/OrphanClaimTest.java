package dev.costscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.testing.RuleTester;
import org.junit.jupiter.api.Test;

class OrphanClaimTest {

    @Test
    void firesOnEachClaimOfATypeWithoutARelease() {
        RuleTester.of(new OrphanClaim()).source("com/acme/Costs.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                // expect: orphan-claim The claim on com.acme.Costs belongs to no model: add @ModelRelease(name = "...") to com.acme.Costs
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M")
                // expect: orphan-claim
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "20M")
                class Costs {}
                """).verify();
    }

    @Test
    void staysSilentWhenTheTypeDeclaresARelease() {
        RuleTester.of(new OrphanClaim()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M")
                @ModelRelease(name = "M")
                class M {
                    @ModelRelease(name = "Nested")
                    static class Nested {}
                }
                """).verify();
    }

    @Test
    void isSuppressedPerType() {
        var result = RuleTester.of(new OrphanClaim()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M")
                @SuppressWarnings("cost:orphan-claim")
                class M {}
                """).verify();
        assertThat(result.suppressed()).hasSize(1);
    }
}
