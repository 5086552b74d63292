package dev.costscope.examples.deepseek;

import static dev.costscope.annotations.CostComponent.DATA;
import static dev.costscope.annotations.CostComponent.ENERGY;
import static dev.costscope.annotations.CostComponent.EXPERIMENTS;
import static dev.costscope.annotations.CostComponent.FACILITIES;
import static dev.costscope.annotations.CostComponent.FINAL_RUN_COMPUTE;
import static dev.costscope.annotations.CostComponent.HARDWARE_ACQUISITION;
import static dev.costscope.annotations.CostComponent.PERSONNEL;
import static dev.costscope.examples.deepseek.FinalRun.H800_GPUS;
import static dev.costscope.examples.deepseek.FinalRun.H800_RATE;

import dev.costscope.annotations.Basis;
import dev.costscope.annotations.Compute;
import dev.costscope.annotations.Excluded;
import dev.costscope.annotations.Item;
import dev.costscope.annotations.ModelRelease;
import dev.costscope.annotations.Scope;
import dev.costscope.annotations.TrainingCost;

/**
 * DeepSeek-V3, with the one cost its authors published: the final training run's GPU-hours at a
 * rental rate. Everything that figure does not include is said next to it.
 */
@ModelRelease(name = "DeepSeek-V3", version = "2024-12-26", releaseDate = "2024-12-26",
    totalParameters = "671B", activeParameters = "37B", trainingTokens = "14.8T",
    summary = "Mixture-of-experts model. Final training run only: 2.788M H800 GPU-hours, $5.576M at an assumed"
        + " rental price of $2 per GPU-hour; prior research and ablation experiments are not included.")
@TrainingCost(
    scope = Scope.FINAL_RUN,
    amount = FinalRun.TOTAL_COST, currency = "USD",
    basis = Basis.RENTAL_EQUIVALENT, asOf = "2024",
    items = @Item(component = FINAL_RUN_COMPUTE, amount = FinalRun.TOTAL_COST,
        note = "pre-training $5.328M + context extension $0.238M + post-training $0.01M",
        compute = {
            @Compute(accelerator = "H800", count = H800_GPUS, hours = FinalRun.PRE_TRAINING_HOURS, ratePerHour = H800_RATE),
            @Compute(accelerator = "H800", count = H800_GPUS, hours = FinalRun.CONTEXT_EXTENSION_HOURS, ratePerHour = H800_RATE),
            @Compute(accelerator = "H800", count = H800_GPUS, hours = FinalRun.POST_TRAINING_HOURS, ratePerHour = H800_RATE)}),
    // No low/high on the exclusions: the report estimates none of them, and this example cites no outside estimate.
    excludes = {
        @Excluded(component = EXPERIMENTS, reason = "the report excludes \"the costs associated with prior research"
            + " and ablation experiments on architectures, algorithms, or data\""),
        @Excluded(component = PERSONNEL, reason = "salaries and team costs are not reported"),
        @Excluded(component = DATA, reason = "data acquisition and preparation costs are not reported"),
        @Excluded(component = HARDWARE_ACQUISITION, reason = "the GPU-hours are priced as if rented; what the"
            + " 2,048-GPU cluster cost to buy is not stated"),
        @Excluded(component = FACILITIES, reason = "data centre and networking costs are not stated apart from the"
            + " assumed rental price"),
        @Excluded(component = ENERGY, reason = "no electricity cost is stated apart from the assumed rental price")},
    source = "DeepSeek-V3 Technical Report (arXiv:2412.19437), Table 1",
    note = "The final run only, at an assumed rental price of $2 per H800 GPU-hour.")
public final class DeepSeekV3 {

    private DeepSeekV3() {
    }
}
