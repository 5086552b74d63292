package dev.costscope.rules;

import dev.costscope.analysis.ClaimFacts;
import dev.costscope.analysis.ComputeFacts;
import dev.costscope.analysis.ExclusionFacts;
import dev.costscope.analysis.ItemFacts;
import dev.costscope.analysis.ProjectFacts;
import dev.costscope.analysis.QuantityFact;
import dev.costscope.analysis.ReleaseFacts;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.Formats;
import dev.costscope.model.Value;
import java.util.function.Predicate;

/**
 * {@code invalid-quantity}: a quantity, currency or date that does not parse, a negative count, or
 * a claim with no amount. Every other rule reads these values, so each bad one is said here once:
 * the analysis parsed every quantity once, and a malformed one carries its reason.
 */
public final class InvalidQuantity extends RuleBase {

    /** The rule with its metadata. */
    public InvalidQuantity() {
        super("invalid-quantity", Severity.ERROR,
                "A quantity, currency, date or count does not parse, or a claim states no amount.");
    }

    @Override
    public void check(ProjectFacts facts, FindingSink sink) {
        for (DeclaredType type : facts.model().types()) {
            facts.releaseOf(type).ifPresent(release -> release(type, release, sink));
            for (ClaimFacts claim : facts.claimsOf(type)) {
                claim(type, claim, sink.about(claim.id()));
            }
        }
    }

    private static void release(DeclaredType type, ReleaseFacts release, FindingSink sink) {
        date(type, "ModelRelease.releaseDate", release.release().releaseDate(), Formats::isIsoDate,
                "an ISO date such as 2024-12-26", sink);
        quantity(type, "ModelRelease.totalParameters", release.totalParameters(), sink);
        quantity(type, "ModelRelease.activeParameters", release.activeParameters(), sink);
        quantity(type, "ModelRelease.trainingTokens", release.trainingTokens(), sink);
    }

    private static void claim(DeclaredType type, ClaimFacts facts, FindingSink sink) {
        Claim claim = facts.claim();
        if (claim.amount().isResolved() && !claim.amount().hasText()) {
            sink.report(type, claim.amount().location(), "TrainingCost.amount is required: state the figure,"
                    + " e.g. amount = \"5.576M\".");
        } else {
            quantity(type, "TrainingCost.amount", facts.amount(), sink);
        }
        if (claim.currency().isResolved() && !Formats.isCurrency(facts.currency())) {
            sink.report(type, claim.currency().location(), "TrainingCost.currency \"" + claim.currency().value()
                    + "\" is not an ISO 4217 currency code: use a code such as USD, EUR or CNY.");
        }
        quantity(type, "TrainingCost.low", facts.low(), sink);
        quantity(type, "TrainingCost.high", facts.high(), sink);
        date(type, "TrainingCost.asOf", claim.asOf(), Formats::isIsoDateOrYear,
                "a year, year-month or ISO date such as 2024 or 2024-12-26", sink);
        for (ItemFacts item : facts.items()) {
            quantity(type, "Item.amount", item.amount(), sink);
            quantity(type, "Item.low", item.low(), sink);
            quantity(type, "Item.high", item.high(), sink);
            item.compute().forEach(c -> compute(type, c, sink));
        }
        for (ExclusionFacts exclusion : facts.exclusions()) {
            quantity(type, "Excluded.low", exclusion.low(), sink);
            quantity(type, "Excluded.high", exclusion.high(), sink);
        }
    }

    private static void compute(DeclaredType type, ComputeFacts c, FindingSink sink) {
        Value<Integer> count = c.compute().count();
        if (count.isResolved() && count.value() < 0) {
            sink.report(type, count.location(), "Compute.count is " + count.value()
                    + ": the number of accelerators cannot be negative (0 means not stated).");
        }
        quantity(type, "Compute.hours", c.hours(), sink);
        quantity(type, "Compute.ratePerHour", c.ratePerHour(), sink);
        quantity(type, "Compute.flops", c.flops(), sink);
        quantity(type, "Compute.energy", c.energy(), sink);
        quantity(type, "Compute.locationBasedEmissions", c.locationBasedEmissions(), sink);
        quantity(type, "Compute.marketBasedEmissions", c.marketBasedEmissions(), sink);
        quantity(type, "Compute.wallClock", c.wallClock(), sink);
    }

    private static void quantity(DeclaredType type, String attribute, QuantityFact quantity, FindingSink sink) {
        if (quantity.isMalformed()) {
            sink.report(type, quantity.location(), attribute + " " + quantity.problem() + ".");
        }
    }

    private static void date(DeclaredType type, String attribute, Value<String> value, Predicate<String> valid,
                             String expected, FindingSink sink) {
        if (value.hasText() && !valid.test(value.text())) {
            sink.report(type, value.location(), attribute + " \"" + value.value() + "\" is not " + expected + ".");
        }
    }
}
