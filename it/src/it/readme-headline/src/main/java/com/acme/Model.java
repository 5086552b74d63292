package com.acme;

import dev.costscope.annotations.*;

/** The release, declared correctly: the final training run only. */
@ModelRelease(name = "Acme-3", totalParameters = "70B", trainingTokens = "15T",
    summary = "The final training run took 3M H100 GPU-hours.")
@TrainingCost(scope = Scope.FINAL_RUN, amount = "6M", basis = Basis.RENTAL_EQUIVALENT, source = "Acme-3 report, Table 2",
    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "6M",
        compute = @Compute(accelerator = "H100", hours = "3M", ratePerHour = "2")))
public final class Model {
}
