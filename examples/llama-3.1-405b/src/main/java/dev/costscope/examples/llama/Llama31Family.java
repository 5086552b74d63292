package dev.costscope.examples.llama;

import static dev.costscope.annotations.CostComponent.ENERGY;
import static dev.costscope.annotations.CostComponent.EXPERIMENTS;
import static dev.costscope.annotations.CostComponent.FINAL_RUN_COMPUTE;

import dev.costscope.annotations.Basis;
import dev.costscope.annotations.Compute;
import dev.costscope.annotations.Excluded;
import dev.costscope.annotations.Item;
import dev.costscope.annotations.ModelRelease;
import dev.costscope.annotations.Scope;
import dev.costscope.annotations.TrainingCost;

/**
 * The three Llama 3.1 models released together (8B, 70B, 405B), as the model card's total row counts
 * them: the final training runs of the three models added up, 39.3M H100-80GB GPU-hours and 11,390
 * tCO2eq location-based (0 market-based). It is declared as a release of its own so that the published
 * totals are carried by the exports without being taken for the 405B model's figures: each model's
 * final training run is one {@code @Compute} entry, and the entries add up to the card's totals. The
 * scope is still the final run (no experiments, no other cost), only of three models at once.
 */
@ModelRelease(name = "Llama 3.1 family (8B, 70B and 405B together)", releaseDate = "2024-07-23",
    summary = "The final training runs of the three Llama 3.1 models together, as the model card's total row counts"
        + " them: 39.3M H100-80GB GPU-hours and 11,390 tCO2eq location-based. Not the 405B model's figures.")
@TrainingCost(
    scope = Scope.FINAL_RUN,
    amount = "78.6M", currency = "USD",
    basis = Basis.RENTAL_EQUIVALENT, asOf = "2024",
    items = @Item(component = FINAL_RUN_COMPUTE, amount = "78.6M",
        note = "one entry per model: 8B, 70B, 405B",
        compute = {
            @Compute(accelerator = "H100-80GB", hours = "1.46M", ratePerHour = "2",
                locationBasedEmissions = "420 tCO2eq", marketBasedEmissions = "0 tCO2eq"),
            @Compute(accelerator = "H100-80GB", hours = "7.0M", ratePerHour = "2",
                locationBasedEmissions = "2,040 tCO2eq", marketBasedEmissions = "0 tCO2eq"),
            @Compute(accelerator = "H100-80GB", hours = "30.84M", ratePerHour = "2",
                locationBasedEmissions = "8,930 tCO2eq", marketBasedEmissions = "0 tCO2eq")}),
    // The other components lie outside the final run's scope: the report lists them as not included.
    excludes = {
        @Excluded(component = EXPERIMENTS, reason = "the card counts the three released models' final runs only;"
            + " the scaling-law and ablation runs before them are not in the total row"),
        @Excluded(component = ENERGY, reason = "the card gives emissions and a 700 W TDP, not what the electricity"
            + " cost")},
    source = "Llama 3.1 model card (training GPU-hours and emissions per model, and their total)",
    note = "Meta stated no cost: the three final training runs' 39.3M GPU-hours, priced at an assumed $2 per H100-hour.")
public final class Llama31Family {

    private Llama31Family() {
    }
}
