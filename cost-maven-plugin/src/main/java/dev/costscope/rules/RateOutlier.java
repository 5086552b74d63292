package dev.costscope.rules;

import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Accelerator;
import dev.costscope.model.Claim;
import dev.costscope.model.Compute;
import dev.costscope.model.DeclaredType;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code rate-outlier}: a price per accelerator-hour far outside the accelerator's market band.
 * The bands are in USD, so only USD claims are compared.
 */
public final class RateOutlier extends ClaimRule {

    private final RuleSettings settings;

    /** The rule, with the catalog of {@code settings}. */
    public RateOutlier(RuleSettings settings) {
        super("rate-outlier", Severity.WARNING, "A price per accelerator-hour lies outside the accelerator's market band.");
        this.settings = settings;
    }

    @Override
    void check(DeclaredType owner, Claim claim, FindingSink sink) {
        if (!claim.currency().text().equalsIgnoreCase("USD")) {
            return;
        }
        for (Compute c : claim.compute()) {
            Optional<BigDecimal> rate = Quantities.of(c.ratePerHour());
            Optional<Accelerator> accelerator = settings.catalog().of(c);
            if (rate.isEmpty() || accelerator.isEmpty()) {
                continue;
            }
            BigDecimal low = accelerator.get().rentalLowUsd();
            BigDecimal high = accelerator.get().rentalHighUsd();
            if (rate.get().compareTo(low) < 0 || rate.get().compareTo(high) > 0) {
                sink.report(owner, c.ratePerHour().location(), "ratePerHour " + rate.get().toPlainString()
                        + " USD for " + c.accelerator().text() + " is outside its market band of "
                        + low.toPlainString() + "-" + high.toPlainString() + " USD per accelerator-hour: check the"
                        + " rate, or that hours count accelerator-hours rather than node- or wall-clock hours.");
            }
        }
    }
}
