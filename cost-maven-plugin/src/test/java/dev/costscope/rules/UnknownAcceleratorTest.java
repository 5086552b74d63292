package dev.costscope.rules;

import dev.costscope.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnknownAcceleratorTest {

    private static final UnknownAccelerator RULE = new UnknownAccelerator(RuleSettings.defaults());

    @Test
    void notesAcceleratorsNotInTheCatalog() {
        RuleTester.of(RULE).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "1M",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, compute = {
                        // expect: unknown-accelerator accelerator "Gaudi3" is not in the catalog, so its utilization and rate were not checked: add it under <accelerators>
                        @Compute(accelerator = "Gaudi3", hours = "1K"),
                        @Compute(accelerator = "TPU v5p", hours = "1K"), @Compute(accelerator = "a100_80gb", hours = "1K"),
                        @Compute(hours = "1K")}))
                class M {}
                """).verify();
    }
}
