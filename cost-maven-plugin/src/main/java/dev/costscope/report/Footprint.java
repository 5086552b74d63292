package dev.costscope.report;

import dev.costscope.analysis.ComputeFacts;
import dev.costscope.analysis.Figure;
import dev.costscope.analysis.QuantityFact;
import dev.costscope.annotations.Scope;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which claim's energy and emissions the standards' own fields carry, chosen in one place so that
 * every export picks the same one. The figures are the analysis's; nothing is computed here. A
 * release's claims overlap (a wider scope contains the final run), so a standard field that a reader
 * might add up gets one claim's figures only; and a standard field says "the energy of the activity",
 * so it is filled only from a claim whose every {@code @Compute} entry states the figure, never from a
 * partial sum. Every claim's figures, partial or not, stay in its {@code costscope:*} properties.
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

        /**
         * The claim's location-based emissions when every entry states them (the grid's average, the
         * physical figure), else its market-based emissions when every entry states those.
         */
        static Optional<Emissions> of(ClaimReport claim) {
            if (everyEntryStates(claim, ComputeFacts::locationBasedEmissions)) {
                return claim.derived().locationBasedEmissions().map(t -> new Emissions(t, "location-based"));
            }
            if (everyEntryStates(claim, ComputeFacts::marketBasedEmissions)) {
                return claim.derived().marketBasedEmissions().map(t -> new Emissions(t, "market-based"));
            }
            return Optional.empty();
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

    /** The energy of the narrowest claim of {@code release} whose every entry states energy. */
    static Optional<Energy> energy(ReleaseReport release) {
        for (ClaimReport claim : release.claims()) {
            Optional<Figure> energy = claim.derived().energy();
            if (energy.isPresent() && everyEntryStates(claim, ComputeFacts::energy)) {
                boolean training = claim.claim().scope().is(Scope.FINAL_RUN) || claim.claim().scope().is(Scope.ALL_TRAINING_RUNS);
                return Optional.of(new Energy(claim, energy.get(), training, Emissions.of(claim)));
            }
        }
        return Optional.empty();
    }

    /** The stated energy of {@code claim}, when every entry states it. */
    static Optional<Figure> completeEnergy(ClaimReport claim) {
        return everyEntryStates(claim, ComputeFacts::energy) ? claim.derived().energy() : Optional.empty();
    }

    /** The first {@code FINAL_RUN} claim of {@code release}, if any: the one the final-run fields are filled from. */
    static Optional<ClaimReport> finalRun(ReleaseReport release) {
        return release.claims().stream().filter(c -> c.claim().scope().is(Scope.FINAL_RUN)).findFirst();
    }

    /** Whether the claim has compute and each of its entries states {@code quantity} validly. */
    static boolean everyEntryStates(ClaimReport claim, Function<ComputeFacts, QuantityFact> quantity) {
        List<ComputeFacts> compute = claim.facts().compute().toList();
        return !compute.isEmpty() && compute.stream().map(quantity).allMatch(QuantityFact::isValid);
    }
}
