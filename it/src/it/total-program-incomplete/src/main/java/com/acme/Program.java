package com.acme;

import static dev.costscope.annotations.CostComponent.*;

import dev.costscope.annotations.*;

@ModelRelease(name = "Acme-2")
@TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "120M", basis = Basis.REPORTED, source = "annual report 2025",
    items = {
        @Item(component = FINAL_RUN_COMPUTE, amount = "6M",
            compute = @Compute(accelerator = "H100", hours = "3M", ratePerHour = "2")),
        @Item(component = EXPERIMENTS, amount = "24M", compute = @Compute(accelerator = "H100", hours = "12M")),
        @Item(component = PERSONNEL, amount = "70M"),
        @Item(component = DATA, amount = "20M")})
public final class Program {
}
