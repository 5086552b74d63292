package dev.costscope.rules;

import dev.costscope.lint.Rule;
import java.util.List;

/** The one explicit list of all rules, sorted by id. Add a rule here, with its page in {@code docs/rules/}. */
public final class Rules {

    private static final List<Rule> ALL = List.of(
            new DuplicateScope(),
            new InvalidQuantity(),
            new MissingComponent(),
            new MissingCompute(),
            new MissingProvenance(),
            new OrphanClaim(),
            new OutOfScopeComponent(),
            new UnresolvedValueRule(),
            new UnscopedClaim());

    private Rules() {
    }

    /** Every rule, sorted by id. */
    public static List<Rule> all() {
        return ALL;
    }
}
