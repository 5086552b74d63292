package dev.costscope.rules;

import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.Compute;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.Item;
import dev.costscope.model.Numbers;
import dev.costscope.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code rate-mismatch}: an amount that is not its accelerator-hours times their price, beyond the
 * tolerance. The item's amount is compared; an item without one is compared with the claim's
 * amount when it is the claim's only item.
 */
public final class RateMismatch extends ClaimRule {

    private final BigDecimal tolerance;

    /** The rule, allowing a relative difference of {@code settings.tolerance()}. */
    public RateMismatch(RuleSettings settings) {
        super("rate-mismatch", Severity.ERROR, "An amount differs from its accelerator-hours times the rate beyond the tolerance.");
        this.tolerance = settings.tolerance();
    }

    @Override
    void check(DeclaredType owner, Claim claim, FindingSink sink) {
        for (Item item : claim.items()) {
            Optional<Priced> priced = Priced.of(item.compute());
            if (priced.isEmpty() || priced.get().total().signum() == 0) {
                continue;
            }
            String attribute = "Item.amount";
            Value<String> stated = item.amount();
            if (!stated.hasText() && claim.items().size() == 1) {
                attribute = "TrainingCost.amount";
                stated = claim.amount();
            }
            Optional<BigDecimal> amount = Quantities.of(stated);
            if (amount.isEmpty()) {
                continue;
            }
            BigDecimal computed = priced.get().total();
            BigDecimal difference = Numbers.divide(amount.get().subtract(computed).abs(), computed);
            if (difference.compareTo(tolerance) > 0) {
                sink.report(owner, stated.location(), attribute + " " + Numbers.human(amount.get()) + " "
                        + claim.currency().text() + " is not " + priced.get().formula() + " = "
                        + Numbers.human(computed) + ": it is " + Numbers.percent(difference)
                        + (amount.get().compareTo(computed) > 0 ? " more" : " less") + " (tolerance "
                        + Numbers.percent(tolerance) + ")" + wallClockHint(item.compute(), amount.get())
                        .orElse("; correct the amount, the hours or the rate."));
            }
        }
    }

    /**
     * When count × hours × rate gives the amount, the hours are wall-clock hours per accelerator, not
     * the total accelerator-hours that {@code Compute.hours} means: says so, and how to fix it.
     */
    private Optional<String> wallClockHint(List<Compute> compute, BigDecimal amount) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        for (Compute c : compute) {
            Optional<BigDecimal> hours = Quantities.of(c.hours());
            Optional<BigDecimal> rate = Quantities.of(c.ratePerHour());
            if (!c.count().isResolved() || c.count().value() <= 0 || hours.isEmpty() || rate.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal count = BigDecimal.valueOf(c.count().value());
            total = total.add(count.multiply(hours.get()).multiply(rate.get()));
            terms.add(c.count().value() + " × " + Numbers.human(hours.get()) + " h × " + rate.get().toPlainString());
            fixes.add("hours = \"" + Numbers.human(count.multiply(hours.get())) + "\"");
        }
        if (total.signum() == 0 || Numbers.divide(amount.subtract(total).abs(), total).compareTo(tolerance) > 0) {
            return Optional.empty();
        }
        return Optional.of(". The hours look like wall-clock hours per accelerator: count × hours × rate = "
                + String.join(" + ", terms) + " = " + Numbers.human(total) + " matches the amount."
                + " Compute.hours is the total accelerator-hours (count × wall-clock hours): write "
                + String.join(", ", fixes) + ".");
    }

    /** Accelerator-hours times rate over all compute entries of an item, when each states both. */
    record Priced(BigDecimal total, String formula) {

        static Optional<Priced> of(List<Compute> compute) {
            if (compute.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal total = BigDecimal.ZERO;
            List<String> terms = new ArrayList<>();
            for (Compute c : compute) {
                Optional<BigDecimal> hours = Quantities.of(c.hours());
                Optional<BigDecimal> rate = Quantities.of(c.ratePerHour());
                if (hours.isEmpty() || rate.isEmpty()) {
                    return Optional.empty();
                }
                total = total.add(hours.get().multiply(rate.get()));
                terms.add(Numbers.human(hours.get()) + " " + hoursOf(c) + " × " + rate.get().toPlainString());
            }
            return Optional.of(new Priced(total, String.join(" + ", terms)));
        }

        private static String hoursOf(Compute c) {
            return c.accelerator().hasText() ? c.accelerator().text() + "-hours" : "accelerator-hours";
        }
    }
}
