package com.acme;

import dev.costscope.annotations.*;

/** A model card written by a team whose sources are in ISO-8859-1. */
@ModelRelease(name = "Café-1", summary = "Entraînement final : 1M heures H100.")
@TrainingCost(scope = Scope.FINAL_RUN, amount = "2M", currency = "EUR", basis = Basis.RENTAL_EQUIVALENT,
    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "2M",
        compute = @Compute(accelerator = "H100", hours = "1M", ratePerHour = "2")),
    source = "Rapport technique, tableau 2")
public final class Cafe {
}
