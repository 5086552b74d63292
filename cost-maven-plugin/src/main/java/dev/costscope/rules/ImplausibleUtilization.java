package dev.costscope.rules;

import dev.costscope.annotations.CostComponent;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.Compute;
import dev.costscope.model.ComputeFigures;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.Item;
import dev.costscope.model.Numbers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code implausible-utilization}: compute that could not have done the work claimed. The work of a
 * final run is 6·N·D FLOP (N active parameters, D training tokens) unless a {@code @Compute} states
 * {@code flops}; the capacity is accelerator-hours × 3600 × the accelerator's peak dense BF16 FLOP/s.
 * Work above capacity is impossible (ERROR); a ratio outside the plausible band is suspect (WARNING).
 */
public final class ImplausibleUtilization extends ClaimRule {

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
                    Quantities.of(c.flops()).ifPresent(flops -> ComputeFigures.peakWork(List.of(c), settings.catalog())
                            .ifPresent(capacity -> judge(owner, c, flops, "the stated flops "
                                    + Numbers.scientific(flops) + " FLOP", capacity, sink)));
                }
            } else if (item.component().is(CostComponent.FINAL_RUN_COMPUTE) && owner.release().isPresent()) {
                Optional<ComputeFigures.Figure> work = ComputeFigures.trainingWork(owner.release().get());
                Optional<ComputeFigures.Figure> capacity = ComputeFigures.peakWork(item.compute(), settings.catalog());
                if (work.isPresent() && capacity.isPresent()) {
                    judge(owner, item.compute().get(0), work.get().value(), work.get().formula(), capacity.get(), sink);
                }
            }
        }
    }

    private void judge(DeclaredType owner, Compute at, BigDecimal work, String workText, ComputeFigures.Figure capacity,
                       FindingSink sink) {
        if (capacity.value().signum() == 0) {
            return;
        }
        BigDecimal utilization = Numbers.divide(work, capacity.value());
        String arithmetic = "implied utilization " + Numbers.percent(utilization) + ": " + workText + " in "
                + capacity.formula() + " = " + Numbers.scientific(capacity.value()) + " FLOP";
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
}
