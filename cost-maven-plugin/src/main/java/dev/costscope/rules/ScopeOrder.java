package dev.costscope.rules;

import dev.costscope.analysis.ProjectFacts;
import dev.costscope.model.SourceModel;
import dev.costscope.annotations.Scope;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.Numbers;
import dev.costscope.model.ScopeLadder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code scope-order}: for one model, a claim of a narrower scope that costs more than a claim of a
 * wider one ({@code FINAL_RUN <= ALL_TRAINING_RUNS <= RESEARCH_AND_DEVELOPMENT <= TOTAL_PROGRAM}),
 * compared only in the same currency.
 */
public final class ScopeOrder extends RuleBase {

    /** The rule with its metadata. */
    public ScopeOrder() {
        super("scope-order", Severity.ERROR, "A narrower scope costs more than a wider scope of the same model.");
    }

    @Override
    public void check(ProjectFacts facts, FindingSink sink) {
        SourceModel model = facts.model();
        for (DeclaredType type : model.types()) {
            if (type.release().isEmpty()) {
                continue;
            }
            List<Ranked> ranked = new ArrayList<>();
            for (Claim claim : type.claims()) {
                Optional<BigDecimal> amount = Quantities.of(claim.amount());
                if (claim.scope().isResolved() && ScopeLadder.isOnLadder(claim.scope().value()) && amount.isPresent()) {
                    ranked.add(new Ranked(claim, claim.scope().value(), amount.get()));
                }
            }
            ranked.sort(Comparator.comparingInt(r -> ScopeLadder.LADDER.indexOf(r.scope())));
            for (int i = 0; i < ranked.size(); i++) {
                for (int j = i + 1; j < ranked.size(); j++) {
                    Ranked narrow = ranked.get(i);
                    Ranked wide = ranked.get(j);
                    if (narrow.scope() != wide.scope() && narrow.currency().equals(wide.currency())
                            && narrow.amount().compareTo(wide.amount()) > 0) {
                        sink.about(facts.of(narrow.claim()).id()).report(type, narrow.claim().amount().location(), narrow.scope() + " claim "
                                + Numbers.human(narrow.amount()) + " " + narrow.currency() + " is larger than the "
                                + wide.scope() + " claim " + Numbers.human(wide.amount()) + " " + wide.currency()
                                + " at line " + wide.claim().location().line() + ", which includes it: the scopes look"
                                + " swapped or an amount is wrong.");
                    }
                }
            }
        }
    }

    private record Ranked(Claim claim, Scope scope, BigDecimal amount) {
        String currency() {
            return claim.currency().text();
        }
    }
}
