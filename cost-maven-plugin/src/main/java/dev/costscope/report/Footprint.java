package dev.costscope.report;

import dev.costscope.analysis.DerivedFigures;
import dev.costscope.analysis.Figure;
import dev.costscope.annotations.Scope;
import java.util.Optional;

/**
 * Which claim's energy and emissions the standards' own fields carry, chosen in one place so that
 * every export picks the same one. The figures are the analysis's; nothing is computed here. A
 * release's claims overlap (a wider scope contains the final run), so a standard field that a reader
 * might add up gets one claim's figures only; every claim's figures stay in its {@code costscope:*}
 * properties.
 */
final class Footprint {

    private Footprint() {
    }

    /**
     * Emissions as stated, with how they were counted.
     *
     * @param tonnes the emissions, in tCO2eq
     * @param method {@code location-based} or {@code market-based}
     */
    record Emissions(Figure tonnes, String method) {

        /** The location-based emissions when stated (the grid's average, the physical figure), else the market-based. */
        static Optional<Emissions> of(DerivedFigures derived) {
            if (derived.locationBasedEmissions().isPresent()) {
                return Optional.of(new Emissions(derived.locationBasedEmissions().get(), "location-based"));
            }
            return derived.marketBasedEmissions().map(t -> new Emissions(t, "market-based"));
        }
    }

    /**
     * The energy a release states for a lifecycle activity.
     *
     * @param claim     the claim that states it
     * @param energy    its stated energy, in kWh
     * @param training  whether the claim's scope is training runs only ({@code FINAL_RUN} or
     *                  {@code ALL_TRAINING_RUNS}); a wider scope is more than a training activity
     * @param emissions the same claim's emissions, when stated
     */
    record Energy(ClaimReport claim, Figure energy, boolean training, Optional<Emissions> emissions) {
    }

    /** The energy of the narrowest claim of {@code release} that states energy. */
    static Optional<Energy> energy(ReleaseReport release) {
        for (ClaimReport claim : release.claims()) {
            Optional<Figure> energy = claim.derived().energy();
            if (energy.isPresent()) {
                boolean training = claim.claim().scope().is(Scope.FINAL_RUN) || claim.claim().scope().is(Scope.ALL_TRAINING_RUNS);
                return Optional.of(new Energy(claim, energy.get(), training, Emissions.of(claim.derived())));
            }
        }
        return Optional.empty();
    }

    /** The first {@code FINAL_RUN} claim of {@code release}, if any: the one the final-run fields are filled from. */
    static Optional<ClaimReport> finalRun(ReleaseReport release) {
        return release.claims().stream().filter(c -> c.claim().scope().is(Scope.FINAL_RUN)).findFirst();
    }
}
