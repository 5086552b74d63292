package dev.costscope.rules;

import dev.costscope.analysis.ClaimFacts;
import dev.costscope.analysis.ItemFacts;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.Item;
import dev.costscope.model.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code items-exceed-total}: itemized amounts that add up to more than the claim (ERROR), or,
 * when every item is itemized, to noticeably less (WARNING): beyond the tolerance either way.
 */
public final class ItemsExceedTotal extends ClaimRule {

    private final BigDecimal tolerance;

    /** The rule, allowing a relative difference of {@code settings.tolerance()}. */
    public ItemsExceedTotal(RuleSettings settings) {
        super("items-exceed-total", Severity.ERROR,
                "Itemized amounts add up to more than the claim, or, all itemized, to noticeably less.");
        this.tolerance = settings.tolerance();
    }

    @Override
    void check(ClaimFacts facts, FindingSink sink) {
        DeclaredType owner = facts.owner();
        Claim claim = facts.claim();
        Optional<BigDecimal> total = facts.amount().value();
        if (total.isEmpty() || total.get().signum() == 0) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        boolean allItemized = true;
        for (ItemFacts itemFacts : facts.items()) {
            Item item = itemFacts.item();
            Optional<BigDecimal> amount = itemFacts.amount().value();
            if (amount.isEmpty()) {
                if (itemFacts.amount().isStated()) {
                    return;
                }
                allItemized = false;
                continue;
            }
            sum = sum.add(amount.get());
            terms.add(item.component().isResolved() ? item.component().value() + " " + Numbers.human(amount.get())
                    : Numbers.human(amount.get()));
        }
        if (terms.isEmpty()) {
            return;
        }
        BigDecimal difference = Numbers.divide(sum.subtract(total.get()), total.get());
        String items = "the items add up to " + String.join(" + ", terms) + " = " + Numbers.human(sum) + " "
                + claim.currency().text();
        if (difference.compareTo(tolerance) > 0) {
            sink.report(owner, claim.amount().location(), items + ", " + Numbers.percent(difference)
                    + " more than the claim's " + Numbers.human(total.get()) + ": correct the items or the amount.");
        } else if (allItemized && difference.negate().compareTo(tolerance) > 0) {
            sink.report(owner, Severity.WARNING, claim.amount().location(), items + ", "
                    + Numbers.percent(difference.negate()) + " less than the claim's " + Numbers.human(total.get())
                    + ": itemize what makes up the rest (an @Item with no amount for a component included but"
                    + " not itemized), or correct the amount.");
        }
    }
}
