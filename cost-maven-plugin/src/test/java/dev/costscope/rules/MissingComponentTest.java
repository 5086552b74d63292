package dev.costscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.testing.RuleTester;
import org.junit.jupiter.api.Test;

class MissingComponentTest {

    @Test
    void firesWhenARequiredComponentHasNoItem() {
        RuleTester.of(new MissingComponent(RuleSettings.defaults())).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                import static dev.costscope.annotations.CostComponent.*;
                @ModelRelease(name = "M")
                @TrainingCost(
                    // expect: missing-component TOTAL_PROGRAM claim does not account for HARDWARE_ACQUISITION, FACILITIES and ENERGY: add an @Item for each (an empty amount means included but not itemized), or declare scope = Scope.RESEARCH_AND_DEVELOPMENT, the widest scope its items support.
                    scope = Scope.TOTAL_PROGRAM, amount = "500M",
                    items = {@Item(component = FINAL_RUN_COMPUTE), @Item(component = EXPERIMENTS),
                             @Item(component = PERSONNEL), @Item(component = DATA)})
                // expect: missing-component FINAL_RUN claim does not account for FINAL_RUN_COMPUTE: add an @Item for each (an empty amount means included but not itemized); its items cover no narrower scope, so relabeling the claim would not help.
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M")
                @TrainingCost(
                    // expect: missing-component ALL_TRAINING_RUNS claim does not account for EXPERIMENTS (EXPERIMENTS is marked @Excluded, but ALL_TRAINING_RUNS requires it): add an @Item for each (an empty amount means included but not itemized), or declare scope = Scope.FINAL_RUN, the widest scope its items support.
                    scope = Scope.ALL_TRAINING_RUNS, amount = "6M",
                    items = @Item(component = FINAL_RUN_COMPUTE),
                    excludes = @Excluded(component = EXPERIMENTS, reason = "not counted"))
                @TrainingCost(
                    // expect: missing-component AMORTIZED claim does not account for HARDWARE_DEPRECIATION: add an @Item for each (an empty amount means included but not itemized); its items cover no narrower scope
                    scope = Scope.AMORTIZED, amount = "3M", items = @Item(component = ENERGY))
                class M {}
                """).verify();
    }

    @Test
    void neverAdvisesANarrowerScopeThatTheItemsDoNotFit() {
        RuleTester.of(new MissingComponent(RuleSettings.defaults())).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                import static dev.costscope.annotations.CostComponent.*;
                @ModelRelease(name = "M")
                @TrainingCost(
                    // expect: missing-component RESEARCH_AND_DEVELOPMENT claim does not account for DATA: add an @Item for each (an empty amount means included but not itemized); relabeling would not help: its items include PERSONNEL, which no narrower scope than RESEARCH_AND_DEVELOPMENT includes, so a narrower label would misdescribe the figure.
                    scope = Scope.RESEARCH_AND_DEVELOPMENT, amount = "80M",
                    items = {@Item(component = FINAL_RUN_COMPUTE), @Item(component = EXPERIMENTS),
                             @Item(component = PERSONNEL, amount = "30M", note = "salaries")})
                @TrainingCost(
                    // expect: missing-component TOTAL_PROGRAM claim does not account for PERSONNEL, DATA, HARDWARE_ACQUISITION, FACILITIES and ENERGY: add an @Item for each (an empty amount means included but not itemized), or declare scope = Scope.ALL_TRAINING_RUNS, the widest scope its items support.
                    scope = Scope.TOTAL_PROGRAM, amount = "90M",
                    items = {@Item(component = FINAL_RUN_COMPUTE), @Item(component = EXPERIMENTS)})
                class M {}
                """).verify();
    }

    @Test
    void saysWhichMissingComponentsAreMarkedExcluded() {
        RuleTester.of(new MissingComponent(RuleSettings.defaults())).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                import static dev.costscope.annotations.CostComponent.*;
                @ModelRelease(name = "M")
                @TrainingCost(
                    // expect: missing-component TOTAL_PROGRAM claim does not account for HARDWARE_ACQUISITION, FACILITIES and ENERGY (FACILITIES and ENERGY are marked @Excluded, but TOTAL_PROGRAM requires them): add an @Item
                    scope = Scope.TOTAL_PROGRAM, amount = "500M",
                    items = {@Item(component = FINAL_RUN_COMPUTE), @Item(component = EXPERIMENTS),
                             @Item(component = PERSONNEL), @Item(component = DATA)},
                    excludes = {@Excluded(component = ENERGY, reason = "paid by the landlord"),
                                @Excluded(component = FACILITIES, reason = "shared data centre"),
                                @Excluded(component = HARDWARE_DEPRECIATION, reason = "not an amortized figure")})
                class M {}
                """).verify();
    }

    @Test
    void staysSilentWhenEveryRequiredComponentIsItemizedOrIncluded() {
        RuleTester.of(new MissingComponent(RuleSettings.defaults())).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                import static dev.costscope.annotations.CostComponent.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "500M",
                    items = {@Item(component = FINAL_RUN_COMPUTE, amount = "6M"), @Item(component = EXPERIMENTS),
                             @Item(component = PERSONNEL), @Item(component = DATA), @Item(component = HARDWARE_ACQUISITION),
                             @Item(component = FACILITIES), @Item(component = ENERGY)})
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M", items = @Item(component = FINAL_RUN_COMPUTE))
                @TrainingCost(amount = "6M")
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "6M",
                    items = {@Item(component = FINAL_RUN_COMPUTE), @Item(component = UNKNOWN_THING)})
                @TrainingCost(scope = Scopes.UNKNOWN, amount = "6M")
                class M {}
                """).verify();
    }

    @Test
    void isSuppressedPerType() {
        var result = RuleTester.of(new MissingComponent(RuleSettings.defaults())).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M")
                @SuppressWarnings("cost:missing-component")
                class M {}
                """).verify();
        assertThat(result.suppressed()).hasSize(1);
    }
}
