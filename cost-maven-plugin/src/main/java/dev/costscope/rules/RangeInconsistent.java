package dev.costscope.rules;

import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.Exclusion;
import dev.costscope.model.Item;
import dev.costscope.model.Numbers;
import dev.costscope.model.Value;
import java.math.BigDecimal;
import java.util.Optional;

/** {@code range-inconsistent}: a low above its high, or an amount outside its own [low, high]. */
public final class RangeInconsistent extends ClaimRule {

    /** The rule with its metadata. */
    public RangeInconsistent() {
        super("range-inconsistent", Severity.ERROR, "A low is above its high, or an amount lies outside its own range.");
    }

    @Override
    void check(DeclaredType owner, Claim claim, FindingSink sink) {
        check(owner, "TrainingCost", claim.amount(), claim.low(), claim.high(), sink);
        for (Item item : claim.items()) {
            check(owner, "Item", item.amount(), item.low(), item.high(), sink);
        }
        for (Exclusion exclusion : claim.excludes()) {
            check(owner, "Excluded", Value.of("", exclusion.location()), exclusion.low(), exclusion.high(), sink);
        }
    }

    private static void check(DeclaredType owner, String annotation, Value<String> amountValue, Value<String> lowValue,
                              Value<String> highValue, FindingSink sink) {
        Optional<BigDecimal> amount = Quantities.of(amountValue);
        Optional<BigDecimal> low = Quantities.of(lowValue);
        Optional<BigDecimal> high = Quantities.of(highValue);
        if (low.isPresent() && high.isPresent() && low.get().compareTo(high.get()) > 0) {
            sink.report(owner, lowValue.location(), annotation + ".low " + Numbers.human(low.get())
                    + " is above " + annotation + ".high " + Numbers.human(high.get()) + ": swap them.");
            return;
        }
        if (amount.isEmpty()) {
            return;
        }
        boolean below = low.isPresent() && amount.get().compareTo(low.get()) < 0;
        boolean above = high.isPresent() && amount.get().compareTo(high.get()) > 0;
        if (below || above) {
            sink.report(owner, amountValue.location(), annotation + ".amount " + Numbers.human(amount.get())
                    + " lies outside its own range [" + low.map(Numbers::human).orElse("-") + ", "
                    + high.map(Numbers::human).orElse("-") + "]: correct the amount or the range.");
        }
    }
}
