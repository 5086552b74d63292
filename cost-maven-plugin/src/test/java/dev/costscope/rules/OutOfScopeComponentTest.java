package dev.costscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.testing.RuleTester;
import org.junit.jupiter.api.Test;

class OutOfScopeComponentTest {

    @Test
    void firesOnEachItemOutsideTheScopeAndNamesTheScopeTheItemsImply() {
        RuleTester.of(new OutOfScopeComponent(RuleSettings.defaults())).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "20M",
                    items = {@Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "6M"),
                             // expect: out-of-scope-component EXPERIMENTS is not part of a FINAL_RUN cost (FINAL_RUN covers FINAL_RUN_COMPUTE): its items FINAL_RUN_COMPUTE and EXPERIMENTS imply scope = Scope.ALL_TRAINING_RUNS; relabel the claim, or move EXPERIMENTS to an @Excluded.
                             @Item(component = CostComponent.EXPERIMENTS, amount = "14M")})
                @TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "900M",
                    items = {@Item(component = CostComponent.FINAL_RUN_COMPUTE),
                             // expect: out-of-scope-component no single scope includes all of its items FINAL_RUN_COMPUTE and HARDWARE_DEPRECIATION
                             @Item(component = CostComponent.HARDWARE_DEPRECIATION)})
                class M {}
                """).verify();
    }

    @Test
    void staysSilentWhenItemsFitAndOnUnscopedOrUnresolvedValues() {
        RuleTester.of(new OutOfScopeComponent(RuleSettings.defaults())).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "20M",
                    items = {@Item(component = CostComponent.FINAL_RUN_COMPUTE), @Item(component = CostComponent.EXPERIMENTS)},
                    excludes = @Excluded(component = CostComponent.PERSONNEL, reason = "salaries are not in it"))
                @TrainingCost(amount = "20M", items = @Item(component = CostComponent.PERSONNEL))
                @TrainingCost(scope = Scope.AMORTIZED, amount = "3M",
                    items = {@Item(component = CostComponent.HARDWARE_DEPRECIATION), @Item(component = CostComponent.ENERGY)})
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M",
                    items = {@Item(component = CostComponent.FINAL_RUN_COMPUTE), @Item(component = CostComponent.BOGUS)})
                @TrainingCost(scope = Scopes.UNKNOWN, amount = "6M", items = @Item(component = CostComponent.PERSONNEL))
                class M {}
                """).verify();
    }

    @Test
    void isSuppressedPerType() {
        var result = RuleTester.of(new OutOfScopeComponent(RuleSettings.defaults())).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "20M", items = @Item(component = CostComponent.EXPERIMENTS))
                @SuppressWarnings("cost:out-of-scope-component")
                class M {}
                """).verify();
        assertThat(result.suppressed()).hasSize(1);
    }
}
