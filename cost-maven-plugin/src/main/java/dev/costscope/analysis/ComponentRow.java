package dev.costscope.analysis;

import dev.costscope.annotations.CostComponent;

/**
 * One row of a claim's component table, under the one scope policy.
 *
 * @param component the component
 * @param status    what the claim says of it
 * @param amount    the itemized amount, for {@code INCLUDED}; not stated otherwise
 * @param reason    why it is left out, for {@code EXCLUDED}; empty otherwise
 * @param low       the low end of the item's range, or of the outside estimate of an exclusion
 * @param high      the high end of that range or estimate
 */
public record ComponentRow(CostComponent component, ComponentStatus status, QuantityFact amount, String reason,
                           QuantityFact low, QuantityFact high) {
}
