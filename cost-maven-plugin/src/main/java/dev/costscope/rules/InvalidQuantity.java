package dev.costscope.rules;

import dev.costscope.analysis.ProjectFacts;
import dev.costscope.model.SourceModel;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.Compute;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.Exclusion;
import dev.costscope.model.Formats;
import dev.costscope.model.Item;
import dev.costscope.model.ModelRelease;
import dev.costscope.model.Quantity;
import dev.costscope.model.Value;
import java.util.function.Predicate;

/**
 * {@code invalid-quantity}: a quantity, currency or date that does not parse, a negative count, or
 * a claim with no amount. Every other rule reads these values, so each bad one is said here once.
 */
public final class InvalidQuantity extends RuleBase {

    /** The rule with its metadata. */
    public InvalidQuantity() {
        super("invalid-quantity", Severity.ERROR,
                "A quantity, currency, date or count does not parse, or a claim states no amount.");
    }

    @Override
    public void check(ProjectFacts facts, FindingSink sink) {
        SourceModel model = facts.model();
        for (DeclaredType type : model.types()) {
            type.release().ifPresent(new Checker(type, sink)::release);
            type.claims().forEach(claim -> new Checker(type, sink.about(facts.of(claim).id())).claim(claim));
        }
    }

    /** Checks the values of one type, reporting against it. */
    private record Checker(DeclaredType type, FindingSink sink) {

        void release(ModelRelease release) {
            date("ModelRelease.releaseDate", release.releaseDate(), Formats::isIsoDate, "an ISO date such as 2024-12-26");
            quantity("ModelRelease.totalParameters", release.totalParameters());
            quantity("ModelRelease.activeParameters", release.activeParameters());
            quantity("ModelRelease.trainingTokens", release.trainingTokens());
        }

        void claim(Claim claim) {
            if (claim.amount().isResolved() && !claim.amount().hasText()) {
                sink.report(type, claim.amount().location(), "TrainingCost.amount is required: state the figure,"
                        + " e.g. amount = \"5.576M\".");
            } else {
                quantity("TrainingCost.amount", claim.amount());
            }
            if (claim.currency().isResolved() && !Formats.isCurrency(claim.currency().text())) {
                sink.report(type, claim.currency().location(), "TrainingCost.currency \"" + claim.currency().value()
                        + "\" is not an ISO 4217 currency code: use a code such as USD, EUR or CNY.");
            }
            quantity("TrainingCost.low", claim.low());
            quantity("TrainingCost.high", claim.high());
            date("TrainingCost.asOf", claim.asOf(), Formats::isIsoDateOrYear,
                    "a year, year-month or ISO date such as 2024 or 2024-12-26");
            claim.items().forEach(this::item);
            claim.excludes().forEach(this::exclusion);
        }

        private void item(Item item) {
            quantity("Item.amount", item.amount());
            quantity("Item.low", item.low());
            quantity("Item.high", item.high());
            item.compute().forEach(this::compute);
        }

        private void compute(Compute compute) {
            if (compute.count().isResolved() && compute.count().value() < 0) {
                sink.report(type, compute.count().location(), "Compute.count is " + compute.count().value()
                        + ": the number of accelerators cannot be negative (0 means not stated).");
            }
            quantity("Compute.hours", compute.hours());
            quantity("Compute.ratePerHour", compute.ratePerHour());
            quantity("Compute.flops", compute.flops());
        }

        private void exclusion(Exclusion exclusion) {
            quantity("Excluded.low", exclusion.low());
            quantity("Excluded.high", exclusion.high());
        }

        /** Reports {@code value} unless it is empty, unresolved or a valid quantity. */
        private void quantity(String attribute, Value<String> value) {
            if (!value.hasText()) {
                return;
            }
            try {
                Quantity.parse(value.value());
            } catch (Quantity.QuantityFormatException e) {
                sink.report(type, value.location(), attribute + " " + e.getMessage() + ".");
            }
        }

        private void date(String attribute, Value<String> value, Predicate<String> valid, String expected) {
            if (value.hasText() && !valid.test(value.text())) {
                sink.report(type, value.location(), attribute + " \"" + value.value() + "\" is not " + expected + ".");
            }
        }
    }
}
