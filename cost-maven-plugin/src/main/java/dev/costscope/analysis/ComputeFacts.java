package dev.costscope.analysis;

import dev.costscope.model.Accelerator;
import dev.costscope.model.Compute;
import java.util.Optional;

/**
 * One {@code @Compute}, its quantities parsed and its figures derived.
 *
 * @param compute                as declared
 * @param accelerator            the catalog's row for its accelerator, if known
 * @param hours                  accelerator-hours
 * @param ratePerHour            price per accelerator-hour, in the claim's currency
 * @param flops                  stated FLOP
 * @param energy                 stated electricity, in kWh
 * @param locationBasedEmissions stated location-based emissions, in tCO2eq
 * @param marketBasedEmissions   stated market-based emissions, in tCO2eq
 * @param wallClock              stated elapsed time, in hours
 * @param peakWork               hours × 3600 s × the accelerator's peak dense BF16 FLOP/s
 * @param acceleratorEnergy      hours × the accelerator's power (TDP), in kWh
 */
public record ComputeFacts(Compute compute, Optional<Accelerator> accelerator, QuantityFact hours, QuantityFact ratePerHour,
                           QuantityFact flops, QuantityFact energy, QuantityFact locationBasedEmissions,
                           QuantityFact marketBasedEmissions, QuantityFact wallClock, Optional<Figure> peakWork,
                           Optional<Figure> acceleratorEnergy) {

    /** {@code H800-hours}, or {@code accelerator-hours} when no accelerator is named. */
    public String hoursName() {
        return compute.accelerator().hasText() ? compute.accelerator().text() + "-hours" : "accelerator-hours";
    }
}
