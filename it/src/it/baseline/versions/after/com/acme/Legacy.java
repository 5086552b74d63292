package com.acme;

import dev.costscope.annotations.*;

/**
 * The legacy model, documented since the baseline was written: these lines push every claim down.
 */
@ModelRelease(name = "Legacy", version = "1")
@TrainingCost(amount = "6M", basis = Basis.THIRD_PARTY_ESTIMATE, source = "press coverage")
@TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "40M", basis = Basis.THIRD_PARTY_ESTIMATE,
    source = "analyst estimate, revised in the spring",
    note = "edited after the baseline was written",
    items = @Item(component = CostComponent.HARDWARE_ACQUISITION, amount = "30M"))
@TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "2M", basis = Basis.RENTAL_EQUIVALENT, source = "model card",
    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "2M",
        compute = @Compute(accelerator = "H100", hours = "1M", ratePerHour = "2")))
public final class Legacy {}
