package dev.costscope.report;

import dev.costscope.model.Claim;
import java.util.List;

/**
 * One claim as the report shows it: the claim as declared and its full component table, one row
 * per {@code CostComponent} in declaration order.
 */
public record ClaimReport(Claim claim, List<ComponentRow> components) {

    public ClaimReport {
        components = List.copyOf(components);
    }
}
