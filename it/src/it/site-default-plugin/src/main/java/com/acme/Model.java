package com.acme;

import static com.acme.costs.Compute.H800_RATE;

import com.acme.costs.Compute;
import dev.costscope.annotations.Basis;
import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Excluded;
import dev.costscope.annotations.Item;
import dev.costscope.annotations.ModelRelease;
import dev.costscope.annotations.Scope;
import dev.costscope.annotations.TrainingCost;

@ModelRelease(name = "Acme-1", releaseDate = "2025-01-15", totalParameters = "70B", trainingTokens = "15T")
@TrainingCost(scope = Scope.FINAL_RUN, amount = "5.328M", basis = Basis.RENTAL_EQUIVALENT, asOf = "2025",
    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "5.328M",
        compute = @dev.costscope.annotations.Compute(accelerator = "H800", count = 2048,
            hours = Compute.PRE_TRAINING_HOURS, ratePerHour = H800_RATE)),
    excludes = @Excluded(component = CostComponent.EXPERIMENTS, reason = "ablations are not counted"),
    source = "Acme-1 technical report, Table 1")
public final class Model {
}
