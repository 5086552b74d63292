package dev.costscope.rules;

import dev.costscope.analysis.ProjectFacts;
import dev.costscope.model.SourceModel;
import dev.costscope.annotations.Scope;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import java.util.EnumMap;
import java.util.Map;

/** {@code duplicate-scope}: one model with two claims of the same scope, so a reader cannot tell which holds. */
public final class DuplicateScope extends RuleBase {

    /** The rule with its metadata. */
    public DuplicateScope() {
        super("duplicate-scope", Severity.ERROR,
                "One model has two claims of the same scope.");
    }

    @Override
    public void check(ProjectFacts facts, FindingSink sink) {
        SourceModel model = facts.model();
        for (DeclaredType type : model.types()) {
            if (type.release().isEmpty()) {
                continue;
            }
            Map<Scope, Claim> first = new EnumMap<>(Scope.class);
            for (Claim claim : type.claims()) {
                if (!claim.scope().isResolved() || claim.scope().is(Scope.UNSPECIFIED)) {
                    continue;
                }
                Claim earlier = first.putIfAbsent(claim.scope().value(), claim);
                if (earlier != null) {
                    sink.about(facts.of(claim).id()).report(type, claim.location(), type.release().get().displayName() + " already has a "
                            + claim.scope().value() + " claim at line " + earlier.location().line()
                            + ": merge the two, and give an estimate's spread with low and high.");
                }
            }
        }
    }
}
