package dev.costscope.rules;

import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.Exclusion;
import dev.costscope.model.ScopePolicy;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code missing-component}: a claim that does not account for a component its scope requires,
 * such as a {@code TOTAL_PROGRAM} figure with no hardware, facilities or energy in it.
 */
public final class MissingComponent extends ClaimRule {

    private final ScopePolicy policy;

    /** The rule, judging by the scope policy of {@code settings}. */
    public MissingComponent(RuleSettings settings) {
        super("missing-component", Severity.ERROR,
                "A component that the claim's scope requires is neither itemized nor marked included.");
        this.policy = settings.policy();
    }

    @Override
    void check(DeclaredType owner, Claim claim, FindingSink sink) {
        if (!claim.scope().isResolved() || claim.scope().is(Scope.UNSPECIFIED) || claim.hasUnresolvedComponent()) {
            return;
        }
        Scope scope = claim.scope().value();
        Set<CostComponent> covered = claim.includedComponents();
        Set<CostComponent> missing = EnumSet.noneOf(CostComponent.class);
        missing.addAll(policy.required(scope));
        missing.removeAll(covered);
        if (missing.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder()
                .append(scope).append(" claim does not account for ").append(Describe.components(missing));
        Set<CostComponent> excluded = excludedAmong(claim, missing);
        if (!excluded.isEmpty()) {
            boolean one = excluded.size() == 1;
            message.append(" (").append(Describe.components(excluded)).append(one ? " is" : " are")
                    .append(" marked @Excluded, but ").append(scope).append(" requires ").append(one ? "it" : "them")
                    .append(")");
        }
        message.append(": add an @Item for each (an empty amount means included but not itemized)")
                .append(policy.widestFittingBelow(scope, covered)
                        .map(narrower -> ", or declare scope = Scope." + narrower + ", the widest scope its items support.")
                        .orElseGet(() -> noNarrowerScope(scope, covered)));
        sink.report(owner, claim.scope().location(), message.toString());
    }

    /** Why relabeling would not help: no narrower scope is covered, or the items hold something no narrower scope allows. */
    private String noNarrowerScope(Scope scope, Set<CostComponent> covered) {
        Set<CostComponent> beyond = EnumSet.noneOf(CostComponent.class);
        beyond.addAll(covered);
        policy.widestCoveredBelow(scope, covered).ifPresent(narrower -> beyond.removeAll(policy.required(narrower)));
        if (policy.widestCoveredBelow(scope, covered).isEmpty() || beyond.isEmpty()) {
            return "; its items cover no narrower scope, so relabeling the claim would not help.";
        }
        return "; relabeling would not help: its items include " + Describe.components(beyond) + ", which no narrower"
                + " scope than " + scope + " includes, so a narrower label would misdescribe the figure.";
    }

    private static Set<CostComponent> excludedAmong(Claim claim, Set<CostComponent> missing) {
        Set<CostComponent> excluded = EnumSet.noneOf(CostComponent.class);
        for (Exclusion exclusion : claim.excludes()) {
            if (exclusion.component().isResolved() && missing.contains(exclusion.component().value())) {
                excluded.add(exclusion.component().value());
            }
        }
        return excluded;
    }
}
