package dev.costscope.rules;

import dev.costscope.analysis.ClaimFacts;
import dev.costscope.analysis.Utilization;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Numbers;
import java.math.BigDecimal;

/**
 * {@code implausible-utilization}: compute that could not have done the work claimed. The work of a
 * final run is 6·N·D FLOP (N active parameters, D training tokens) unless a {@code @Compute} states
 * {@code flops}; the capacity is accelerator-hours × 3600 × the accelerator's peak dense BF16 FLOP/s.
 * Work above capacity is impossible (ERROR); a ratio outside the plausible band is suspect (WARNING).
 * The utilization is the analysis's, the one the report prints.
 */
public final class ImplausibleUtilization extends ClaimRule {

    private final RuleSettings settings;

    /** The rule, with the band of {@code settings}. */
    public ImplausibleUtilization(RuleSettings settings) {
        super("implausible-utilization", Severity.ERROR,
                "The compute stated could not have trained the model (over 100%), or is outside the plausible band.");
        this.settings = settings;
    }

    @Override
    void check(ClaimFacts facts, FindingSink sink) {
        for (Utilization utilization : facts.derived().utilization()) {
            BigDecimal ratio = utilization.ratio().value();
            String arithmetic = "implied utilization " + Numbers.percent(ratio) + ": " + utilization.ratio().formula();
            if (ratio.compareTo(BigDecimal.ONE) > 0) {
                sink.report(facts.owner(), utilization.at(), arithmetic + ". That is more work than the accelerators can"
                        + " do at peak: the claim is physically impossible; check the hours, the parameters and the tokens.");
            } else if (ratio.compareTo(settings.minUtilization()) < 0 || ratio.compareTo(settings.maxUtilization()) > 0) {
                sink.report(facts.owner(), Severity.WARNING, utilization.at(), arithmetic + ", outside the plausible band "
                        + Numbers.percent(settings.minUtilization()) + "-" + Numbers.percent(settings.maxUtilization())
                        + "; check the hours, the parameters and the tokens.");
            }
        }
    }
}
