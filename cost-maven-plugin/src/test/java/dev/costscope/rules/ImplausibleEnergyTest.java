package dev.costscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.lint.Finding;
import dev.costscope.lint.Severity;
import dev.costscope.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ImplausibleEnergyTest {

    private static final ImplausibleEnergy RULE = new ImplausibleEnergy();

    /** 1M H100-hours at 700 W draw 700 MWh; the energies are chosen around the band's edges. */
    @Test
    void aUnitSlipIsAnErrorAndOutsideTheBandAWarning() {
        var result = RuleTester.of(RULE).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "2M",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, compute = @Compute(accelerator = "H100", hours = "1M",
                        // expect: implausible-energy stated energy 700 kWh is 0.001 × the accelerators' 1M H100-hours × 700 W = 700K kWh: off by ten times
                        energy = "700 kWh")))
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "3M",
                    items = {@Item(component = CostComponent.FINAL_RUN_COMPUTE, compute = @Compute(accelerator = "H100", hours = "1M",
                        // expect: implausible-energy stated energy 280K kWh is 0.4 × the accelerators' 1M H100-hours × 700 W = 700K kWh, outside the plausible band 0.5-3
                        energy = "280 MWh")),
                             @Item(component = CostComponent.EXPERIMENTS)})
                @TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "9M",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, compute = @Compute(accelerator = "H100", hours = "1M",
                        // expect: implausible-energy stated energy 2.17M kWh is 3.1 × the accelerators'
                        energy = "2.17 GWh")))
                class M {}
                """).verify();
        assertThat(result.findings()).extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING, Severity.WARNING);
    }

    @Test
    void staysSilentInTheBandOrWhenItCannotTell() {
        RuleTester.of(RULE).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "2M",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, compute = {
                        @Compute(accelerator = "H100", hours = "1M", energy = "350 MWh"),
                        @Compute(accelerator = "H100", hours = "1M", energy = "2.1 GWh")}))
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "3M",
                    items = {@Item(component = CostComponent.FINAL_RUN_COMPUTE, compute = {
                        @Compute(accelerator = "TPUv5p", hours = "1M", energy = "1 kWh"),
                        @Compute(accelerator = "H100", energy = "1 kWh"),
                        @Compute(accelerator = "Unknown-9", hours = "1M", energy = "1 kWh"),
                        @Compute(accelerator = "H100", hours = "1M")}),
                             @Item(component = CostComponent.EXPERIMENTS)})
                class M {}
                """).verify();
    }
}
