package dev.costscope.analysis;

import dev.costscope.model.Accelerator;
import dev.costscope.model.Compute;
import dev.costscope.model.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The formulas: each derived figure is computed here, once, with the text of how. */
final class Derivations {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal SIX = BigDecimal.valueOf(6);
    private static final BigDecimal WATTS_PER_KILOWATT = BigDecimal.valueOf(1000);

    private Derivations() {
    }

    /** 6·N·D FLOP. */
    static Optional<Figure> trainingWork(QuantityFact parameters, boolean active, QuantityFact tokens) {
        if (!parameters.isValid() || !tokens.isValid()) {
            return Optional.empty();
        }
        BigDecimal n = parameters.exact();
        BigDecimal d = tokens.exact();
        BigDecimal flops = SIX.multiply(n).multiply(d);
        return Optional.of(new Figure(flops, "FLOP", "6 × " + Numbers.human(n) + (active ? " active" : "")
                + " parameters × " + Numbers.human(d) + " tokens = " + Numbers.scientific(flops) + " FLOP"));
    }

    /** Hours × 3600 s × peak dense BF16 FLOP/s of one entry. */
    static Optional<Figure> peakWork(Compute c, QuantityFact hours, Optional<Accelerator> accelerator) {
        if (!hours.isValid() || accelerator.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal peak = accelerator.get().peakBf16();
        return Optional.of(new Figure(hours.exact().multiply(SECONDS_PER_HOUR).multiply(peak), "FLOP",
                Numbers.human(hours.exact()) + " " + c.accelerator().text() + "-hours × 3600 s × "
                        + Numbers.plain(peak.movePointLeft(12)) + " TFLOP/s"));
    }

    /** Hours × the accelerator's power (TDP), in kWh, of one entry. */
    static Optional<Figure> acceleratorEnergy(Compute c, QuantityFact hours, Optional<Accelerator> accelerator) {
        if (!hours.isValid() || accelerator.isEmpty() || accelerator.get().tdpWatts().isEmpty()) {
            return Optional.empty();
        }
        int watts = accelerator.get().tdpWatts().get();
        BigDecimal kWh = hours.exact().multiply(BigDecimal.valueOf(watts)).divide(WATTS_PER_KILOWATT);
        return Optional.of(new Figure(kWh, "kWh", Numbers.human(hours.exact()) + " " + c.accelerator().text()
                + "-hours × " + watts + " W"));
    }

    /** The accelerator-hours of every entry, when each states them. */
    static Optional<Figure> acceleratorHours(List<ComputeFacts> compute) {
        return total(compute, c -> c.hours().isValid() ? Optional.of(c.hours().exact()) : Optional.empty(),
                c -> Numbers.human(c.hours().exact()), "accelerator-hours");
    }

    /** The amount over the accelerator-hours. */
    static Optional<Figure> impliedRate(QuantityFact amount, Optional<Figure> hours, String currency) {
        if (!amount.isValid() || hours.isEmpty() || hours.get().value().signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal rate = Numbers.divide(amount.exact(), hours.get().value());
        return Optional.of(new Figure(rate, currency + "/accelerator-hour", Numbers.human(amount.exact()) + " " + currency
                + " / " + Numbers.human(hours.get().value()) + " accelerator-hours"));
    }

    /** Accelerator-hours × rate over every entry, when each states both. */
    static Optional<Figure> priced(List<ComputeFacts> compute) {
        return total(compute, c -> c.hours().isValid() && c.ratePerHour().isValid()
                        ? Optional.of(c.hours().exact().multiply(c.ratePerHour().exact())) : Optional.empty(),
                c -> Numbers.human(c.hours().exact()) + " " + c.hoursName() + " × " + c.ratePerHour().exact().toPlainString(),
                "money");
    }

    /**
     * The utilization of an item's compute: the stated FLOP of the entries that state them over those
     * entries' peak; else, for a final run ({@code trainingWork} present), 6·N·D over every entry's peak.
     */
    static Optional<Utilization> utilization(List<ComputeFacts> compute, Optional<Figure> trainingWork) {
        List<ComputeFacts> stating = compute.stream().filter(c -> c.flops().isStated()).toList();
        List<ComputeFacts> involved;
        Figure work;
        if (!stating.isEmpty()) {
            involved = stating.stream().filter(c -> c.flops().isValid()).toList();
            if (involved.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal flops = involved.stream().map(c -> c.flops().exact()).reduce(BigDecimal.ZERO, BigDecimal::add);
            work = new Figure(flops, "FLOP", "the stated flops " + String.join(" + ",
                    involved.stream().map(c -> Numbers.scientific(c.flops().exact())).toList())
                    + (involved.size() > 1 ? " = " + Numbers.scientific(flops) : "") + " FLOP");
        } else if (trainingWork.isPresent() && !compute.isEmpty()) {
            involved = compute;
            work = trainingWork.get();
        } else {
            return Optional.empty();
        }
        if (involved.stream().anyMatch(c -> c.peakWork().isEmpty())) {
            return Optional.empty();
        }
        BigDecimal peak = involved.stream().map(c -> c.peakWork().get().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (peak.signum() == 0) {
            return Optional.empty();
        }
        Figure capacity = new Figure(peak, "FLOP", String.join(" + ",
                involved.stream().map(c -> c.peakWork().get().formula()).toList()) + " (peak dense BF16)");
        BigDecimal ratio = Numbers.divide(work.value(), peak);
        return Optional.of(new Utilization(work, capacity, new Figure(ratio, "ratio", work.formula() + " in "
                + capacity.formula() + " = " + Numbers.scientific(peak) + " FLOP"), involved.get(0).compute().hours().location()));
    }

    /** The stated energy of the entries that state it, in kWh. */
    static Optional<Figure> statedEnergy(List<ComputeFacts> compute) {
        return sum(compute, ComputeFacts::energy, "kWh", "stated energy");
    }

    /** Hours × power of the entries that state energy, when each of them has both. */
    static Optional<Figure> acceleratorEnergy(List<ComputeFacts> compute) {
        List<ComputeFacts> stating = compute.stream().filter(c -> c.energy().isValid()).toList();
        if (stating.isEmpty() || stating.stream().anyMatch(c -> c.acceleratorEnergy().isEmpty())) {
            return Optional.empty();
        }
        BigDecimal kWh = stating.stream().map(c -> c.acceleratorEnergy().get().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(new Figure(kWh, "kWh", String.join(" + ", stating.stream()
                .map(c -> c.acceleratorEnergy().get().formula()).toList()) + " = " + Numbers.human(kWh) + " kWh"));
    }

    /** The sum of a stated quantity over the entries that state it validly; empty when none does. */
    static Optional<Figure> sum(List<ComputeFacts> compute, Function<ComputeFacts, QuantityFact> quantity, String unit,
                                String what) {
        List<BigDecimal> values = compute.stream().map(quantity).filter(QuantityFact::isValid).map(QuantityFact::exact).toList();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> terms = new ArrayList<>(values.stream().map(Numbers::human).toList());
        return Optional.of(new Figure(total, unit, what + " " + String.join(" + ", terms)
                + (terms.size() > 1 ? " = " + Numbers.human(total) : "") + " " + unit));
    }

    /** The sum over every entry of a per-entry value, empty unless every entry has one. */
    private static Optional<Figure> total(List<ComputeFacts> compute, Function<ComputeFacts, Optional<BigDecimal>> value,
                                         Function<ComputeFacts, String> term, String unit) {
        if (compute.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        for (ComputeFacts c : compute) {
            Optional<BigDecimal> v = value.apply(c);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(v.get());
            terms.add(term.apply(c));
        }
        return Optional.of(new Figure(total, unit, String.join(" + ", terms)));
    }
}
