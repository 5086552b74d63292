package dev.costscope.report;

import dev.costscope.annotations.CostComponent;

/**
 * One row of a claim's component table.
 *
 * @param component the component
 * @param status    what the claim says of it
 * @param amount    the itemized amount, for {@code INCLUDED}; empty otherwise
 * @param reason    why it is left out, for {@code EXCLUDED}; empty otherwise
 * @param low       the outside estimate's low end, for {@code EXCLUDED}; empty when none
 * @param high      the outside estimate's high end, for {@code EXCLUDED}; empty when none
 */
public record ComponentRow(CostComponent component, ComponentStatus status, String amount, String reason, String low,
                           String high) {
}
