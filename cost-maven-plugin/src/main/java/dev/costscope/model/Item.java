package dev.costscope.model;

import dev.costscope.annotations.CostComponent;
import java.util.List;

/** An {@code @Item}: one component a claim includes; an empty amount means included, not itemized. */
public record Item(
        Value<CostComponent> component,
        Value<String> amount,
        Value<String> low,
        Value<String> high,
        List<Compute> compute,
        Value<String> note,
        SourceLocation location) {

    public Item {
        compute = List.copyOf(compute);
    }
}
