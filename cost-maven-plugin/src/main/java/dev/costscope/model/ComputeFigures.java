package dev.costscope.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The figures derived from what a release declares: the work of training it (6·N·D FLOP), the peak
 * work its accelerators could do in their hours, the accelerator-hours and the rate they imply.
 * Each comes with the formula that produced it, for messages and reports.
 */
public final class ComputeFigures {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal SIX = BigDecimal.valueOf(6);

    private ComputeFigures() {
    }

    /**
     * A derived figure.
     *
     * @param value   the exact value
     * @param formula how it was computed, e.g. {@code 6 × 37B active parameters × 14.8T tokens = 3.286e24 FLOP}
     */
    public record Figure(BigDecimal value, String formula) {
    }

    /** 6·N·D FLOP, N the active parameters (else the total), for a release that states parameters and tokens. */
    public static Optional<Figure> trainingWork(ModelRelease release) {
        boolean active = release.activeParameters().hasText();
        Optional<BigDecimal> parameters = quantity(active ? release.activeParameters() : release.totalParameters());
        Optional<BigDecimal> tokens = quantity(release.trainingTokens());
        if (parameters.isEmpty() || tokens.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal flops = SIX.multiply(parameters.get()).multiply(tokens.get());
        return Optional.of(new Figure(flops, "6 × " + Numbers.human(parameters.get()) + (active ? " active" : "")
                + " parameters × " + Numbers.human(tokens.get()) + " tokens = " + Numbers.scientific(flops) + " FLOP"));
    }

    /**
     * The peak dense BF16 FLOP that {@code compute} could do in its hours; empty unless every entry
     * states hours and an accelerator the catalog knows.
     */
    public static Optional<Figure> peakWork(List<Compute> compute, AcceleratorCatalog catalog) {
        BigDecimal flops = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        for (Compute c : compute) {
            Optional<BigDecimal> hours = quantity(c.hours());
            Optional<Accelerator> accelerator = catalog.of(c);
            if (hours.isEmpty() || accelerator.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal peak = accelerator.get().peakBf16();
            flops = flops.add(hours.get().multiply(SECONDS_PER_HOUR).multiply(peak));
            terms.add(Numbers.human(hours.get()) + " " + c.accelerator().text() + "-hours × 3600 s × "
                    + Numbers.plain(peak.movePointLeft(12)) + " TFLOP/s");
        }
        return compute.isEmpty() ? Optional.empty()
                : Optional.of(new Figure(flops, String.join(" + ", terms) + " (peak dense BF16)"));
    }

    /** The accelerator-hours of all the claim's compute entries, if every entry states them. */
    public static Optional<BigDecimal> hours(Claim claim) {
        List<Compute> compute = claim.compute();
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

    private static Optional<BigDecimal> quantity(Value<String> value) {
        return value.hasText() ? Quantity.tryParse(value.value()).map(Quantity::value) : Optional.empty();
    }
}
