package dev.costscope.report;

import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import dev.costscope.model.Claim;
import dev.costscope.model.Compute;
import dev.costscope.model.ComputeFigures;
import dev.costscope.model.Numbers;
import dev.costscope.model.Quantity;
import dev.costscope.model.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A release's answers to the fields of the EU GPAI Model Documentation Form that concern training
 * (compute in FLOP to two significant figures, wall-clock and hardware time, energy in MWh) and to
 * the Stanford Foundation Model Transparency Index's cost and compute indicators, filled from its
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

    /** The form filled from {@code release}'s claims. */
    static DocumentationForm of(ReleaseReport release) {
        Optional<String> flop = trainingFlop(release);
        List<Compute> finalRun = finalRunCompute(release);
        Optional<BigDecimal> finalHours = hours(finalRun);
        Optional<String> hardwareDays = finalHours.map(h -> Numbers.human(Numbers.divide(h, HOURS_PER_DAY))
                + " accelerator-days (" + Numbers.human(h) + " accelerator-hours ÷ 24)");
        List<Field> eu = List.of(
                new Field("Training compute (FLOP)", flop),
                new Field("Training time (wall-clock days)", Optional.empty()),
                new Field("Training time (hardware days)", hardwareDays),
                new Field("Hardware used", hardware(finalRun)),
                new Field("Energy consumption (MWh)", Optional.empty()));
        Optional<String> finalCompute = join(flop, finalHours.map(h -> Numbers.human(h) + " accelerator-hours"));
        List<Field> fmti = List.of(
                new Field("Model cost", cost(release)),
                new Field("Compute usage for final training run", finalCompute),
                new Field("Compute usage including R&D", researchCompute(release)),
                new Field("Energy usage for final training run", Optional.empty()));
        return new DocumentationForm(eu, fmti);
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
        List<Compute> compute = finalRunCompute(release);
        BigDecimal stated = BigDecimal.ZERO;
        for (Compute c : compute) {
            Optional<BigDecimal> flops = quantity(c.flops());
            if (flops.isEmpty()) {
                stated = null;
                break;
            }
            stated = stated.add(flops.get());
        }
        if (stated != null && !compute.isEmpty()) {
            return Optional.of(twoSignificant(stated) + " FLOP (stated)");
        }
        return ComputeFigures.trainingWork(release.release())
                .map(w -> twoSignificant(w.value()) + " FLOP (estimated as " + w.formula() + ")");
    }

    /** The compute entries of the final run: those of the first claim whose final-run item states any. */
    private static List<Compute> finalRunCompute(ReleaseReport release) {
        for (ClaimReport report : release.claims()) {
            List<Compute> compute = report.claim().items().stream()
                    .filter(i -> i.component().is(CostComponent.FINAL_RUN_COMPUTE))
                    .flatMap(i -> i.compute().stream()).toList();
            if (!compute.isEmpty()) {
                return compute;
            }
        }
        return List.of();
    }

    private static Optional<BigDecimal> hours(List<Compute> compute) {
        BigDecimal total = BigDecimal.ZERO;
        for (Compute c : compute) {
            Optional<BigDecimal> hours = quantity(c.hours());
            if (hours.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(hours.get());
        }
        return compute.isEmpty() ? Optional.empty() : Optional.of(total);
    }

    private static Optional<String> hardware(List<Compute> compute) {
        List<String> parts = new ArrayList<>();
        for (Compute c : compute) {
            if (c.accelerator().hasText()) {
                boolean counted = c.count().isResolved() && c.count().value() > 0;
                parts.add(counted ? c.count().value() + " × " + c.accelerator().text() : c.accelerator().text());
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
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
                Optional<BigDecimal> hours = ComputeFigures.hours(claim);
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

    private static Optional<BigDecimal> quantity(Value<String> value) {
        return value.hasText() ? Quantity.tryParse(value.value()).map(Quantity::value) : Optional.empty();
    }
}
