package com.acme;

import dev.costscope.annotations.*;

@ModelRelease(name = "DeepSeek-V3", totalParameters = "671B", activeParameters = "37B", trainingTokens = "14.8T")
@TrainingCost(scope = Scope.FINAL_RUN, amount = "557.6K", basis = Basis.RENTAL_EQUIVALENT,
    source = "DeepSeek-V3 Technical Report, Table 1, with one digit lost",
    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "557.6K",
        compute = @Compute(accelerator = "H800", count = 2048, hours = "278.8K", ratePerHour = "2")))
public final class Slipped {
}
