package dev.costscope.examples.llama;

import static dev.costscope.annotations.CostComponent.DATA;
import static dev.costscope.annotations.CostComponent.ENERGY;
import static dev.costscope.annotations.CostComponent.EXPERIMENTS;
import static dev.costscope.annotations.CostComponent.FACILITIES;
import static dev.costscope.annotations.CostComponent.FINAL_RUN_COMPUTE;
import static dev.costscope.annotations.CostComponent.HARDWARE_ACQUISITION;
import static dev.costscope.annotations.CostComponent.PERSONNEL;

import dev.costscope.annotations.Basis;
import dev.costscope.annotations.Compute;
import dev.costscope.annotations.Excluded;
import dev.costscope.annotations.Item;
import dev.costscope.annotations.ModelRelease;
import dev.costscope.annotations.Scope;
import dev.costscope.annotations.TrainingCost;

/**
 * Llama 3.1 405B. Meta published GPU-hours and FLOP, not dollars: the amount here is those hours at
 * an assumed rental rate, and says so. costscope checks that the amount is hours times rate and that
 * the paper's FLOP fit in the hours on H100s (about 35% of peak BF16). The emissions are the model
 * card's for the 405B model alone; the card's total row, the final training runs of the whole Llama 3.1
 * family together (39.3M GPU-hours, 11,390 tCO2eq location-based), is not this model's: it is declared
 * as a release of its own, {@link Llama31Family}.
 */
@ModelRelease(name = "Llama 3.1 405B", releaseDate = "2024-07-23",
    totalParameters = "405B", trainingTokens = "15.6T",
    summary = "Dense transformer. Its final training run, as the model card counts it, took 30.84M H100-80GB GPU-hours.")
@TrainingCost(
    scope = Scope.FINAL_RUN,
    amount = "61.68M", currency = "USD",
    basis = Basis.RENTAL_EQUIVALENT, asOf = "2024",
    items = @Item(component = FINAL_RUN_COMPUTE, amount = "61.68M",
        compute = @Compute(accelerator = "H100-80GB", hours = "30.84M", ratePerHour = "2", flops = "3.8e25",
            locationBasedEmissions = "8,930 tCO2eq", marketBasedEmissions = "0 tCO2eq")),
    excludes = {
        @Excluded(component = EXPERIMENTS, reason = "the card's hours are those of the released model; scaling-law"
            + " and ablation runs are not in them"),
        @Excluded(component = PERSONNEL, reason = "not reported"),
        @Excluded(component = DATA, reason = "not reported"),
        @Excluded(component = HARDWARE_ACQUISITION, reason = "Meta owns its clusters; the hours are priced as if rented"),
        @Excluded(component = FACILITIES, reason = "not reported"),
        @Excluded(component = ENERGY, reason = "the card states 700 W TDP per GPU and emissions, not an energy cost")},
    source = "Llama 3.1 model card (training GPU-hours, emissions); The Llama 3 Herd of Models, arXiv:2407.21783"
        + " (tokens, FLOP)",
    note = "Meta stated no cost: the final training run's 30.84M GPU-hours, priced at an assumed $2 per H100-hour.")
public final class Llama31405B {

    private Llama31405B() {
    }
}
