package dev.costscope.report;

import dev.costscope.analysis.ClaimFacts;
import dev.costscope.analysis.ComponentRow;
import dev.costscope.analysis.DerivedFigures;
import dev.costscope.model.Claim;
import java.util.List;

/** One claim as the report shows it: its facts, derived once by the analysis; writers only format them. */
public record ClaimReport(ClaimFacts facts) {

    /** The claim's stable id. */
    public String id() {
        return facts.id();
    }

    /** The claim as declared. */
    public Claim claim() {
        return facts.claim();
    }

    /** The full component table: one row per {@code CostComponent}, in declaration order. */
    public List<ComponentRow> components() {
        return facts.components();
    }

    /** The figures derived from the claim. */
    public DerivedFigures derived() {
        return facts.derived();
    }
}
