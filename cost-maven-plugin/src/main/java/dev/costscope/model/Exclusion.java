package dev.costscope.model;

import dev.costscope.annotations.CostComponent;

/** An {@code @Excluded}: a component a claim leaves out, why, and an outside estimate of it. */
public record Exclusion(
        Value<CostComponent> component,
        Value<String> reason,
        Value<String> low,
        Value<String> high,
        SourceLocation location) {
}
