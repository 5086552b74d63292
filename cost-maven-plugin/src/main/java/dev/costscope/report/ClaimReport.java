package dev.costscope.report;

import dev.costscope.model.Claim;
import java.util.List;

/**
 * One claim as the report shows it: the claim as declared, its full component table (one row per
 * {@code CostComponent} in declaration order), and the figures derived from it.
 */
public record ClaimReport(Claim claim, List<ComponentRow> components, Derived derived) {

    public ClaimReport {
        components = List.copyOf(components);
    }
}
