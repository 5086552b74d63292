package dev.costscope.rules;

import dev.costscope.analysis.ClaimFacts;
import dev.costscope.analysis.ComputeFacts;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Accelerator;
import java.math.BigDecimal;

/**
 * {@code rate-outlier}: a price per accelerator-hour far outside the accelerator's market band.
 * The bands are in USD, so only USD claims are compared.
 */
public final class RateOutlier extends ClaimRule {

    /** The rule; the catalog is the one the facts were derived with. */
    public RateOutlier(RuleSettings settings) {
        super("rate-outlier", Severity.WARNING, "A price per accelerator-hour lies outside the accelerator's market band.");
    }

    @Override
    void check(ClaimFacts facts, FindingSink sink) {
        if (!facts.currency().equals("USD")) {
            return;
        }
        facts.compute().forEach(c -> check(facts, c, sink));
    }

    private static void check(ClaimFacts facts, ComputeFacts c, FindingSink sink) {
        if (!c.ratePerHour().isValid() || c.accelerator().isEmpty()) {
            return;
        }
        BigDecimal rate = c.ratePerHour().exact();
        Accelerator accelerator = c.accelerator().get();
        BigDecimal low = accelerator.rentalLowUsd();
        BigDecimal high = accelerator.rentalHighUsd();
        if (rate.compareTo(low) < 0 || rate.compareTo(high) > 0) {
            sink.report(facts.owner(), c.ratePerHour().location(), "ratePerHour " + rate.toPlainString()
                    + " USD for " + c.compute().accelerator().text() + " is outside its market band of "
                    + low.toPlainString() + "-" + high.toPlainString() + " USD per accelerator-hour: check the"
                    + " rate, or that hours count accelerator-hours rather than node- or wall-clock hours.");
        }
    }
}
