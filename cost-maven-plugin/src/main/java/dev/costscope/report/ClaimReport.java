package dev.costscope.report;

import dev.costscope.analysis.ClaimFacts;
import dev.costscope.model.Claim;
import java.util.List;

/**
 * One claim as the report shows it: the claim's facts, its full component table (one row per
 * {@code CostComponent} in declaration order), and the figures derived from it.
 */
public record ClaimReport(ClaimFacts facts, List<ComponentRow> components, Derived derived) {

    public ClaimReport {
        components = List.copyOf(components);
    }

    /** The claim's stable id. */
    public String id() {
        return facts.id();
    }

    /** The claim as declared. */
    public Claim claim() {
        return facts.claim();
    }
}
