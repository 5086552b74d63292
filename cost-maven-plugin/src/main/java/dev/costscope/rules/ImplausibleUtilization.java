package dev.costscope.rules;

import dev.costscope.annotations.CostComponent;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Accelerator;
import dev.costscope.model.AcceleratorCatalog;
import dev.costscope.model.Claim;
import dev.costscope.model.Compute;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.Item;
import dev.costscope.model.ModelRelease;
import dev.costscope.model.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code implausible-utilization}: compute that could not have done the work claimed. The work of a
 * final run is 6·N·D FLOP (N active parameters, D training tokens) unless a {@code @Compute} states
 * {@code flops}; the capacity is accelerator-hours × 3600 × the accelerator's peak dense BF16 FLOP/s.
 * Work above capacity is impossible (ERROR); a ratio outside the plausible band is suspect (WARNING).
 */
public final class ImplausibleUtilization extends ClaimRule {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal SIX = BigDecimal.valueOf(6);

    private final RuleSettings settings;

    /** The rule, with the band and catalog of {@code settings}. */
    public ImplausibleUtilization(RuleSettings settings) {
        super("implausible-utilization", Severity.ERROR,
                "The compute stated could not have trained the model (over 100%), or is outside the plausible band.");
        this.settings = settings;
    }

    @Override
    void check(DeclaredType owner, Claim claim, FindingSink sink) {
        for (Item item : claim.items()) {
            boolean flopsStated = item.compute().stream().anyMatch(c -> c.flops().hasText());
            if (flopsStated) {
                for (Compute c : item.compute()) {
                    Quantities.of(c.flops()).ifPresent(flops -> capacity(List.of(c)).ifPresent(capacity -> judge(owner,
                            c, flops, "the stated flops " + Numbers.scientific(flops) + " FLOP", capacity, sink)));
                }
            } else if (item.component().is(CostComponent.FINAL_RUN_COMPUTE) && owner.release().isPresent()) {
                Optional<Work> work = Work.of(owner.release().get());
                Optional<Capacity> capacity = capacity(item.compute());
                if (work.isPresent() && capacity.isPresent()) {
                    judge(owner, item.compute().get(0), work.get().flops(), work.get().formula(), capacity.get(), sink);
                }
            }
        }
    }

    private void judge(DeclaredType owner, Compute at, BigDecimal work, String workText, Capacity capacity,
                       FindingSink sink) {
        if (capacity.flops().signum() == 0) {
            return;
        }
        BigDecimal utilization = Numbers.divide(work, capacity.flops());
        String arithmetic = "implied utilization " + Numbers.percent(utilization) + ": " + workText + " in "
                + capacity.formula() + " = " + Numbers.scientific(capacity.flops()) + " FLOP";
        if (utilization.compareTo(BigDecimal.ONE) > 0) {
            sink.report(owner, at.hours().location(), arithmetic + ". That is more work than the accelerators can do"
                    + " at peak: the claim is physically impossible; check the hours, the parameters and the tokens.");
        } else if (utilization.compareTo(settings.minUtilization()) < 0
                || utilization.compareTo(settings.maxUtilization()) > 0) {
            sink.report(owner, Severity.WARNING, at.hours().location(), arithmetic + ", outside the plausible band "
                    + Numbers.percent(settings.minUtilization()) + "-" + Numbers.percent(settings.maxUtilization())
                    + "; check the hours, the parameters and the tokens.");
        }
    }

    /** The peak work the accelerators can do in their hours; empty when an hour count or accelerator is unknown. */
    private Optional<Capacity> capacity(List<Compute> compute) {
        AcceleratorCatalog catalog = settings.catalog();
        BigDecimal flops = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        for (Compute c : compute) {
            Optional<BigDecimal> hours = Quantities.of(c.hours());
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
                : Optional.of(new Capacity(flops, String.join(" + ", terms) + " (peak dense BF16)"));
    }

    private record Capacity(BigDecimal flops, String formula) {
    }

    /** 6·N·D for a release that states its parameters and tokens. */
    private record Work(BigDecimal flops, String formula) {

        static Optional<Work> of(ModelRelease release) {
            boolean active = release.activeParameters().hasText();
            Optional<BigDecimal> parameters = Quantities.of(active ? release.activeParameters() : release.totalParameters());
            Optional<BigDecimal> tokens = Quantities.of(release.trainingTokens());
            if (parameters.isEmpty() || tokens.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal flops = SIX.multiply(parameters.get()).multiply(tokens.get());
            return Optional.of(new Work(flops, "6 × " + Numbers.human(parameters.get())
                    + (active ? " active" : "") + " parameters × " + Numbers.human(tokens.get()) + " tokens = "
                    + Numbers.scientific(flops) + " FLOP"));
        }
    }
}
