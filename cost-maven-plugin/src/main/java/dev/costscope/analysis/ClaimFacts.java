package dev.costscope.analysis;

import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import java.util.List;
import java.util.stream.Stream;

/**
 * What is known of one claim, derived once: rules judge it, the report formats it.
 *
 * @param id         the claim's stable id, e.g. {@code deepseek-v3@2024-12-26/final-run}
 * @param owner      the type that declares the claim
 * @param claim      the claim as declared
 * @param currency   the claim's currency code, upper-case ({@code usd} is {@code USD})
 * @param amount     the claim's amount
 * @param low        the low end of its range
 * @param high       the high end of its range
 * @param items      its items
 * @param exclusions its exclusions' outside estimates: low and high of each, in source order
 * @param components the component table: one row per component, in declaration order
 * @param derived    the figures derived from it
 */
public record ClaimFacts(String id, DeclaredType owner, Claim claim, String currency, QuantityFact amount,
                         QuantityFact low, QuantityFact high, List<ItemFacts> items, List<ExclusionFacts> exclusions,
                         List<ComponentRow> components, DerivedFigures derived) {

    public ClaimFacts {
        items = List.copyOf(items);
        exclusions = List.copyOf(exclusions);
        components = List.copyOf(components);
    }

    /** Every compute entry of every item, in source order. */
    public Stream<ComputeFacts> compute() {
        return items.stream().flatMap(item -> item.compute().stream());
    }
}
