package dev.costscope.rules;

import dev.costscope.analysis.ClaimFacts;
import dev.costscope.analysis.ExclusionFacts;
import dev.costscope.analysis.ItemFacts;
import dev.costscope.analysis.QuantityFact;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.Numbers;
import java.math.BigDecimal;
import java.util.Optional;

/** {@code range-inconsistent}: a low above its high, or an amount outside its own [low, high]. */
public final class RangeInconsistent extends ClaimRule {

    /** The rule with its metadata. */
    public RangeInconsistent() {
        super("range-inconsistent", Severity.ERROR, "A low is above its high, or an amount lies outside its own range.");
    }

    @Override
    void check(ClaimFacts facts, FindingSink sink) {
        check(facts.owner(), "TrainingCost", Optional.of(facts.amount()), facts.low(), facts.high(), sink);
        for (ItemFacts item : facts.items()) {
            check(facts.owner(), "Item", Optional.of(item.amount()), item.low(), item.high(), sink);
        }
        for (ExclusionFacts exclusion : facts.exclusions()) {
            check(facts.owner(), "Excluded", Optional.empty(), exclusion.low(), exclusion.high(), sink);
        }
    }

    private static void check(DeclaredType owner, String annotation, Optional<QuantityFact> amountFact, QuantityFact lowFact,
                              QuantityFact highFact, FindingSink sink) {
        Optional<BigDecimal> amount = amountFact.flatMap(QuantityFact::value);
        Optional<BigDecimal> low = lowFact.value();
        Optional<BigDecimal> high = highFact.value();
        if (low.isPresent() && high.isPresent() && low.get().compareTo(high.get()) > 0) {
            sink.report(owner, lowFact.location(), annotation + ".low " + Numbers.human(low.get())
                    + " is above " + annotation + ".high " + Numbers.human(high.get()) + ": swap them.");
            return;
        }
        if (amount.isEmpty()) {
            return;
        }
        boolean below = low.isPresent() && amount.get().compareTo(low.get()) < 0;
        boolean above = high.isPresent() && amount.get().compareTo(high.get()) > 0;
        if (below || above) {
            sink.report(owner, amountFact.get().location(), annotation + ".amount " + Numbers.human(amount.get())
                    + " lies outside its own range [" + low.map(Numbers::human).orElse("-") + ", "
                    + high.map(Numbers::human).orElse("-") + "]: correct the amount or the range.");
        }
    }
}
