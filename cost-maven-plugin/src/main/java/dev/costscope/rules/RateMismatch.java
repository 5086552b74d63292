package dev.costscope.rules;

import dev.costscope.analysis.ClaimFacts;
import dev.costscope.analysis.ComputeFacts;
import dev.costscope.analysis.Figure;
import dev.costscope.analysis.ItemFacts;
import dev.costscope.analysis.QuantityFact;
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
    void check(ClaimFacts facts, FindingSink sink) {
        DeclaredType owner = facts.owner();
        Claim claim = facts.claim();
        for (ItemFacts itemFacts : facts.items()) {
            Optional<Figure> priced = itemFacts.priced();
            if (priced.isEmpty() || priced.get().value().signum() == 0) {
                continue;
            }
            String attribute = "Item.amount";
            QuantityFact stated = itemFacts.amount();
            if (!stated.isStated() && facts.items().size() == 1) {
                attribute = "TrainingCost.amount";
                stated = facts.amount();
            }
            Optional<BigDecimal> amount = stated.value();
            if (amount.isEmpty()) {
                continue;
            }
            BigDecimal computed = priced.get().value();
            BigDecimal difference = Numbers.divide(amount.get().subtract(computed).abs(), computed);
            if (difference.compareTo(tolerance) > 0) {
                sink.report(owner, stated.location(), attribute + " " + Numbers.human(amount.get()) + " "
                        + claim.currency().text() + " is not " + priced.get().formula() + " = "
                        + Numbers.human(computed) + ": it is " + Numbers.percent(difference)
                        + (amount.get().compareTo(computed) > 0 ? " more" : " less") + " (tolerance "
                        + Numbers.percent(tolerance) + ")" + wallClockHint(itemFacts.compute(), amount.get())
                        .orElse("; correct the amount, the hours or the rate."));
            }
        }
    }

    /**
     * When count × hours × rate gives the amount, the hours are wall-clock hours per accelerator, not
     * the total accelerator-hours that {@code Compute.hours} means: says so, and how to fix it.
     */
    private Optional<String> wallClockHint(List<ComputeFacts> compute, BigDecimal amount) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        for (ComputeFacts c : compute) {
            Value<Integer> count = c.compute().count();
            if (!count.isResolved() || count.value() <= 0 || !c.hours().isValid() || !c.ratePerHour().isValid()) {
                return Optional.empty();
            }
            BigDecimal n = BigDecimal.valueOf(count.value());
            total = total.add(n.multiply(c.hours().exact()).multiply(c.ratePerHour().exact()));
            terms.add(count.value() + " × " + Numbers.human(c.hours().exact()) + " h × "
                    + c.ratePerHour().exact().toPlainString());
            fixes.add("hours = \"" + Numbers.human(n.multiply(c.hours().exact())) + "\"");
        }
        if (total.signum() == 0 || Numbers.divide(amount.subtract(total).abs(), total).compareTo(tolerance) > 0) {
            return Optional.empty();
        }
        return Optional.of(". The hours look like wall-clock hours per accelerator: count × hours × rate = "
                + String.join(" + ", terms) + " = " + Numbers.human(total) + " matches the amount."
                + " Compute.hours is the total accelerator-hours (count × wall-clock hours): write "
                + String.join(", ", fixes) + ".");
    }
}
