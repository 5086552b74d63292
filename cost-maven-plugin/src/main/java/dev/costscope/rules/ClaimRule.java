package dev.costscope.rules;

import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import dev.costscope.analysis.ClaimFacts;
import dev.costscope.analysis.ProjectFacts;

/** Base of the rules that look at one claim at a time. */
abstract class ClaimRule extends RuleBase {

    ClaimRule(String id, Severity severity, String description) {
        super(id, severity, description);
    }

    @Override
    public final void check(ProjectFacts facts, FindingSink sink) {
        for (ClaimFacts claim : facts.claims()) {
            check(claim.owner(), claim.claim(), sink.about(claim.id()));
        }
    }

    /** Checks one {@code claim} declared on {@code owner}. */
    abstract void check(DeclaredType owner, Claim claim, FindingSink sink);
}
