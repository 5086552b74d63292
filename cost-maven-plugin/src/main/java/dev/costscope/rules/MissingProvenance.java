package dev.costscope.rules;

import dev.costscope.analysis.ClaimFacts;
import dev.costscope.annotations.Basis;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import java.util.ArrayList;
import java.util.List;

/** {@code missing-provenance}: a claim that does not say where its figure comes from or how it was reached. */
public final class MissingProvenance extends ClaimRule {

    /** The rule with its metadata. */
    public MissingProvenance() {
        super("missing-provenance", Severity.WARNING,
                "A claim has no source or no basis.");
    }

    @Override
    void check(ClaimFacts facts, FindingSink sink) {
        DeclaredType owner = facts.owner();
        Claim claim = facts.claim();
        List<String> missing = new ArrayList<>();
        if (claim.source().isResolved() && !claim.source().hasText()) {
            missing.add("no source (add source = \"<report, table or page>\")");
        }
        if (claim.basis().is(Basis.UNSPECIFIED)) {
            missing.add("no basis (add basis = Basis.REPORTED, RENTAL_EQUIVALENT, AMORTIZED_CAPEX"
                    + " or THIRD_PARTY_ESTIMATE)");
        }
        if (!missing.isEmpty()) {
            sink.report(owner, claim.location(), "The claim has " + String.join(" and ", missing)
                    + ", so a reader cannot tell where the figure comes from.");
        }
    }
}
