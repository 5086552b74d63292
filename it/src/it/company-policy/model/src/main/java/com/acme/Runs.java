package com.acme;

import dev.costscope.annotations.*;

/** Complete under costscope's built-in policy; without DATA under ACME's. */
@ModelRelease(name = "Runs", version = "1")
@TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "5M", basis = Basis.RENTAL_EQUIVALENT, source = "model card",
    items = {@Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "2M",
                 compute = @Compute(accelerator = "H100", hours = "1M", ratePerHour = "2")),
             @Item(component = CostComponent.EXPERIMENTS, amount = "3M",
                 compute = @Compute(accelerator = "H100", hours = "1.5M", ratePerHour = "2"))})
public final class Runs {}
