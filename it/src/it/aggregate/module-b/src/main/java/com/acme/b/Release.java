package com.acme.b;

import dev.costscope.annotations.*;

@ModelRelease(name = "Model-b")
@TrainingCost(scope = Scope.FINAL_RUN, amount = "8M", basis = Basis.RENTAL_EQUIVALENT, source = "model card",
    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "2M",
        compute = @Compute(accelerator = "H100", hours = "1M", ratePerHour = "2")))
public final class Release {
}
