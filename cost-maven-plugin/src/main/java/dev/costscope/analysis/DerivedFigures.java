package dev.costscope.analysis;

import java.util.List;
import java.util.Optional;

/**
 * The figures derived from a whole claim, each with its formula, each only when its inputs are stated.
 *
 * @param acceleratorHours       the accelerator-hours of all the claim's compute
 * @param impliedRate            the amount over those hours, in the claim's currency per accelerator-hour
 * @param trainingWork           6·N·D of the model (N active parameters, else total; D training tokens)
 * @param utilization            the utilization of each item whose compute implies one, in source order
 * @param energy                 the stated energy of all the claim's compute, in kWh
 * @param acceleratorEnergy      accelerator-hours × power (TDP) of the compute that states energy, in kWh
 * @param locationBasedEmissions the stated location-based emissions, in tCO2eq
 * @param marketBasedEmissions   the stated market-based emissions, in tCO2eq
 * @param wallClock              the stated wall-clock time of the entries that state one, in hours, taken as
 *                               run one after another (stages of a run), so added up
 */
public record DerivedFigures(Optional<Figure> acceleratorHours, Optional<Figure> impliedRate, Optional<Figure> trainingWork,
                             List<Utilization> utilization, Optional<Figure> energy, Optional<Figure> acceleratorEnergy,
                             Optional<Figure> locationBasedEmissions, Optional<Figure> marketBasedEmissions,
                             Optional<Figure> wallClock) {

    public DerivedFigures {
        utilization = List.copyOf(utilization);
    }
}
