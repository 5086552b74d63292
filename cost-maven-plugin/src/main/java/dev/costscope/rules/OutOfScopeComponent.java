package dev.costscope.rules;

import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.Item;
import dev.costscope.model.ScopePolicy;

/**
 * {@code out-of-scope-component}: an item whose component lies outside the claim's scope, such as
 * experiments inside a {@code FINAL_RUN} figure. The claim is mislabeled: its items imply a wider scope.
 */
public final class OutOfScopeComponent extends ClaimRule {

    private final ScopePolicy policy;

    /** The rule, judging by the scope policy of {@code settings}. */
    public OutOfScopeComponent(RuleSettings settings) {
        super("out-of-scope-component", Severity.ERROR,
                "An item's component lies outside the declared scope, so the claim is mislabeled.");
        this.policy = settings.policy();
    }

    @Override
    void check(DeclaredType owner, Claim claim, FindingSink sink) {
        if (!claim.scope().isResolved() || claim.scope().is(Scope.UNSPECIFIED)) {
            return;
        }
        Scope scope = claim.scope().value();
        String implied = policy.narrowestAllowing(claim.includedComponents())
                .map(wider -> "its items " + Describe.components(claim.includedComponents())
                        + " imply scope = Scope." + wider)
                .orElse("no single scope includes all of its items " + Describe.components(claim.includedComponents()));
        for (Item item : claim.items()) {
            if (!item.component().isResolved()) {
                continue;
            }
            CostComponent component = item.component().value();
            if (!policy.allows(scope, component)) {
                sink.report(owner, item.component().location(), component + " is not part of a " + scope
                        + " cost (" + scope + " covers " + Describe.components(policy.required(scope)) + "): "
                        + implied + "; relabel the claim, or move " + component + " to an @Excluded.");
            }
        }
    }
}
