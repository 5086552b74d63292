package dev.costscope.report;

import dev.costscope.analysis.ComputeFacts;
import dev.costscope.analysis.DerivedFigures;
import dev.costscope.analysis.Figure;
import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import dev.costscope.model.Claim;
import dev.costscope.model.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A release's answers to the fields of the EU GPAI Model Documentation Form that concern training
 * (compute in FLOP to two significant figures, wall-clock and hardware time, energy in MWh) and to
 * the Stanford Foundation Model Transparency Index's cost, compute, energy and emissions indicators, filled from its
 * claims; an empty answer means the claims are silent ("not disclosed").
 *
 * @param euForm the EU form's fields, in the form's order
 * @param fmti   the FMTI indicators, in the index's order
 */
record DocumentationForm(List<Field> euForm, List<Field> fmti) {

    /** The heading of the EU form's part. */
    static final String EU_TITLE = "EU GPAI Model Documentation Form: training";

    /** The heading of the FMTI part. */
    static final String FMTI_TITLE = "Foundation Model Transparency Index: cost and compute";

    /** What a field says when the claims are silent. */
    static final String NOT_DISCLOSED = "not disclosed";

    private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);

    /**
     * One field of a form.
     *
     * @param name   the field's name as the form words it
     * @param answer the answer, empty when not disclosed
     */
    record Field(String name, Optional<String> answer) {

        /** The answer, or {@code not disclosed}. */
        String text() {
            return answer.orElse(NOT_DISCLOSED);
        }
    }

    DocumentationForm {
        euForm = List.copyOf(euForm);
        fmti = List.copyOf(fmti);
    }

    /**
     * The form filled from {@code release}'s claims. The final run's compute is that of the first claim whose
     * final-run items state any; its wall-clock time, energy and emissions are those of the first
     * {@code FINAL_RUN} claim, since a wider claim's figures are not the final run's, and only when every
     * compute entry of that claim states them (a partial sum is not the run's).
     */
    static DocumentationForm of(ReleaseReport release) {
        Optional<String> flop = trainingFlop(release);
        List<ComputeFacts> finalRun = finalRunCompute(release);
        Optional<BigDecimal> finalHours = hours(finalRun);
        Optional<String> hardwareDays = finalHours.map(h -> Numbers.human(Numbers.divide(h, HOURS_PER_DAY))
                + " accelerator-days (" + Numbers.human(h) + " accelerator-hours ÷ 24)");
        Optional<ClaimReport> finalClaim = Footprint.finalRun(release);
        Optional<String> wallClockDays = finalClaim.filter(c -> Footprint.everyEntryStates(c, ComputeFacts::wallClock))
                .flatMap(c -> c.derived().wallClock())
                .map(w -> significant(Numbers.divide(w.value(), HOURS_PER_DAY)) + " days (stated)");
        Optional<Figure> energy = finalClaim.flatMap(Footprint::completeEnergy);
        List<Field> eu = List.of(
                new Field("Training compute (FLOP)", flop),
                new Field("Training time (wall-clock days)", wallClockDays),
                new Field("Training time (hardware days)", hardwareDays),
                new Field("Hardware used", ReportText.hardware(finalRun)),
                new Field("Energy consumption (MWh)", energy.map(e -> significant(e.value().movePointLeft(3))
                        + " MWh (stated)")));
        Optional<String> finalCompute = join(flop, finalHours.map(h -> Numbers.human(h) + " accelerator-hours"));
        List<Field> fmti = List.of(
                new Field("Model cost", cost(release)),
                new Field("Compute usage for final training run", finalCompute),
                new Field("Compute usage including R&D", researchCompute(release)),
                new Field("Energy usage for final training run", energy.map(e -> ReportText.energy(e) + " (stated)")),
                new Field("Carbon emissions for final training run", finalClaim.flatMap(DocumentationForm::emissions)));
        return new DocumentationForm(eu, fmti);
    }

    /**
     * {@code 8.93K t CO2eq location-based; 0 t CO2eq market-based}: each method the claim states for every
     * compute entry.
     */
    private static Optional<String> emissions(ClaimReport claim) {
        DerivedFigures derived = claim.derived();
        List<String> parts = new ArrayList<>();
        if (Footprint.everyEntryStates(claim, ComputeFacts::locationBasedEmissions)) {
            derived.locationBasedEmissions().ifPresent(t -> parts.add(ReportText.emissions(t) + " CO2eq location-based"));
        }
        if (Footprint.everyEntryStates(claim, ComputeFacts::marketBasedEmissions)) {
            derived.marketBasedEmissions().ifPresent(t -> parts.add(ReportText.emissions(t) + " CO2eq market-based"));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
    }

    /** {@code value} to four significant digits, plain: {@code 21600}, {@code 54}, {@code 0.5}. */
    private static String significant(BigDecimal value) {
        return Numbers.plain(value.round(new MathContext(4, RoundingMode.HALF_EVEN)));
    }

    /** {@code value} to two significant figures: {@code 3.8 × 10²⁵}. */
    static String twoSignificant(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal rounded = value.round(new MathContext(2, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        String mantissa = rounded.scaleByPowerOfTen(-exponent).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
        return exponent == 0 ? mantissa : mantissa + " × 10" + superscript(exponent);
    }

    private static String superscript(int exponent) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder out = new StringBuilder(exponent < 0 ? "⁻" : "");
        for (char c : String.valueOf(Math.abs(exponent)).toCharArray()) {
            out.append(digits.charAt(c - '0'));
        }
        return out.toString();
    }

    /** The stated FLOP of the final run when every final-run entry states them, else 6·N·D, marked so. */
    private static Optional<String> trainingFlop(ReleaseReport release) {
        List<ComputeFacts> compute = finalRunCompute(release);
        Optional<BigDecimal> stated = total(compute, c -> c.flops().value());
        if (stated.isPresent()) {
            return Optional.of(twoSignificant(stated.get()) + " FLOP (stated)");
        }
        return release.facts().trainingWork()
                .map(w -> twoSignificant(w.value()) + " FLOP (estimated as " + w.formula() + ")");
    }

    /** The compute entries of the final run: those of the first claim whose final-run item states any. */
    private static List<ComputeFacts> finalRunCompute(ReleaseReport release) {
        for (ClaimReport report : release.claims()) {
            List<ComputeFacts> compute = report.facts().items().stream()
                    .filter(i -> i.item().component().is(CostComponent.FINAL_RUN_COMPUTE))
                    .flatMap(i -> i.compute().stream()).toList();
            if (!compute.isEmpty()) {
                return compute;
            }
        }
        return List.of();
    }

    private static Optional<BigDecimal> hours(List<ComputeFacts> compute) {
        return total(compute, c -> c.hours().value());
    }

    /** The sum of one value over every entry, when every entry has it; empty when there is no entry. */
    private static Optional<BigDecimal> total(List<ComputeFacts> compute, Function<ComputeFacts, Optional<BigDecimal>> value) {
        BigDecimal total = BigDecimal.ZERO;
        for (ComputeFacts c : compute) {
            Optional<BigDecimal> v = value.apply(c);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(v.get());
        }
        return compute.isEmpty() ? Optional.empty() : Optional.of(total);
    }

    /** Every claimed amount with its scope: {@code $5.576M (final training run); $1B (total program)}. */
    private static Optional<String> cost(ReleaseReport release) {
        List<String> costs = new ArrayList<>();
        for (ClaimReport report : release.claims()) {
            Claim claim = report.claim();
            if (claim.amount().hasText()) {
                Scope scope = claim.scope().isResolved() ? claim.scope().value() : Scope.UNSPECIFIED;
                costs.add(PlainWords.money(claim) + " (" + Descriptions.name(scope).toLowerCase(Locale.ROOT)
                        + ")");
            }
        }
        return costs.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", costs));
    }

    /**
     * The accelerator-hours of the widest claim beyond the final run that states every entry's
     * hours, with its scope; or those of the final run plus stated experiments.
     */
    private static Optional<String> researchCompute(ReleaseReport release) {
        Optional<String> widest = Optional.empty();
        for (ClaimReport report : release.claims()) {
            Claim claim = report.claim();
            boolean beyondFinalRun = claim.scope().isResolved() && (claim.scope().is(Scope.ALL_TRAINING_RUNS)
                    || claim.scope().is(Scope.RESEARCH_AND_DEVELOPMENT) || claim.scope().is(Scope.TOTAL_PROGRAM));
            boolean hasExperiments = claim.items().stream().anyMatch(i -> i.component().is(CostComponent.EXPERIMENTS)
                    && !i.compute().isEmpty());
            if (beyondFinalRun && hasExperiments) {
                Optional<BigDecimal> hours = report.derived().acceleratorHours().map(Figure::value);
                if (hours.isPresent()) {
                    widest = Optional.of(Numbers.human(hours.get()) + " accelerator-hours ("
                            + Descriptions.name(claim.scope().value()).toLowerCase(Locale.ROOT) + ")");
                }
            }
        }
        return widest;
    }

    private static Optional<String> join(Optional<String> a, Optional<String> b) {
        if (a.isPresent() && b.isPresent()) {
            return Optional.of(a.get() + "; " + b.get());
        }
        return a.isPresent() ? a : b;
    }
}
