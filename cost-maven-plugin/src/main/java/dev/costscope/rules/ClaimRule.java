package dev.costscope.rules;

import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.SourceModel;

/** Base of the rules that look at one claim at a time. */
abstract class ClaimRule extends RuleBase {

    ClaimRule(String id, Severity severity, String description) {
        super(id, severity, description);
    }

    @Override
    public final void check(SourceModel model, FindingSink sink) {
        for (DeclaredType type : model.types()) {
            for (Claim claim : type.claims()) {
                check(type, claim, sink);
            }
        }
    }

    /** Checks one {@code claim} declared on {@code owner}. */
    abstract void check(DeclaredType owner, Claim claim, FindingSink sink);
}
