package dev.costscope.rules;

import dev.costscope.lint.Rule;
import java.util.List;

/** The one explicit list of all rules, sorted by id. Add a rule here, with its page in {@code docs/rules/}. */
public final class Rules {

    private static final List<Rule> DEFAULTS = all(RuleSettings.defaults());

    private Rules() {
    }

    /** Every rule with the default settings, sorted by id. */
    public static List<Rule> all() {
        return DEFAULTS;
    }

    /** Every rule with {@code settings}, sorted by id. */
    public static List<Rule> all(RuleSettings settings) {
        return List.of(
                new DuplicateScope(),
                new ImplausibleUtilization(settings),
                new InvalidQuantity(),
                new ItemsExceedTotal(settings),
                new MissingComponent(settings),
                new MissingCompute(),
                new MissingProvenance(),
                new OrphanClaim(),
                new OutOfScopeComponent(settings),
                new RangeInconsistent(),
                new RateMismatch(settings),
                new RateOutlier(settings),
                new ScopeOrder(),
                new UnknownAccelerator(settings),
                new UnresolvedValueRule(),
                new UnscopedClaim(settings),
                new UnscopedTextClaim(settings));
    }
}
