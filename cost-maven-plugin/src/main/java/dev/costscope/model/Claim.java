package dev.costscope.model;

import dev.costscope.annotations.Basis;
import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A {@code @TrainingCost} as declared: one amount, the scope it claims, its items and exclusions. */
public record Claim(
        Value<Scope> scope,
        Value<String> amount,
        Value<String> currency,
        Value<String> low,
        Value<String> high,
        Value<Basis> basis,
        List<Item> items,
        List<Exclusion> excludes,
        Value<String> asOf,
        Value<String> source,
        Value<String> note,
        SourceLocation location) {

    public Claim {
        items = List.copyOf(items);
        excludes = List.copyOf(excludes);
    }

    /** The components the claim includes: one per {@code @Item} whose component resolved, itemized or not. */
    public Set<CostComponent> includedComponents() {
        Set<CostComponent> components = EnumSet.noneOf(CostComponent.class);
        for (Item item : items) {
            if (item.component().isResolved()) {
                components.add(item.component().value());
            }
        }
        return components;
    }

    /** Every {@code @Compute} of every item, in source order. */
    public List<Compute> compute() {
        return items.stream().flatMap(item -> item.compute().stream()).toList();
    }

    /** Whether some item's component could not be evaluated, so the set of components is not fully known. */
    public boolean hasUnresolvedComponent() {
        return items.stream().anyMatch(item -> !item.component().isResolved());
    }
}
