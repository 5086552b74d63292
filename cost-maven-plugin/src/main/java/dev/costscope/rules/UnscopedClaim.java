package dev.costscope.rules;

import dev.costscope.annotations.Scope;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.ScopePolicy;

/** {@code unscoped-claim}: a {@code @TrainingCost} that does not say what its amount covers. */
public final class UnscopedClaim extends ClaimRule {

    private final ScopePolicy policy;

    /** The rule, judging by the scope policy of {@code settings}. */
    public UnscopedClaim(RuleSettings settings) {
        super("unscoped-claim", Severity.ERROR,
                "A @TrainingCost has no scope, so nobody can tell what its amount covers.");
        this.policy = settings.policy();
    }

    @Override
    void check(DeclaredType owner, Claim claim, FindingSink sink) {
        if (!claim.scope().is(Scope.UNSPECIFIED)) {
            return;
        }
        String what = claim.amount().hasText()
                ? "The " + claim.amount().text() + " " + claim.currency().text() + " claim"
                : "This claim";
        String advice = policy.narrowestAllowing(claim.includedComponents())
                .filter(scope -> !claim.includedComponents().isEmpty())
                .map(scope -> "its items " + Describe.components(claim.includedComponents())
                        + " fit scope = Scope." + scope + ".")
                .orElse("declare scope = Scope.FINAL_RUN if it is the final run's compute only, or the wider scope it covers.");
        sink.report(owner, claim.scope().location(),
                what + " has no scope: say what it covers; " + advice);
    }
}
