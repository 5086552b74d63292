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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
            Wider wider = new Wider(ranked);
            for (Ranked narrow : ranked) {
                wider.cheaperThan(narrow).ifPresent(found -> sink.about(facts.of(narrow.claim()).id()).report(type,
                        narrow.claim().amount().location(),
                        narrow.scope() + " claim " + Numbers.human(narrow.amount()) + " " + narrow.currency()
                        + " is larger than the " + found.first().scope() + " claim " + Numbers.human(found.first().amount())
                        + " " + found.first().currency() + " at line " + found.first().claim().location().line()
                        + (found.count() > 1 ? " (and " + (found.count() - 1) + " more wider claim(s))" : "")
                        + ", which includes it: the scopes look swapped or an amount is wrong."));
            }
        }
    }

    /** The first claim of a wider scope that costs less than a claim, and how many do. */
    private record Cheaper(Ranked first, int count) {
    }

    /**
     * The claims of one model by currency and scope, so that each claim finds the wider claims that
     * cost less than it in logarithmic time instead of comparing every pair.
     */
    private static final class Wider {
        private final Map<String, Map<Scope, List<Ranked>>> byCurrency = new HashMap<>();
        private final Map<List<Ranked>, BigDecimal[]> sortedAmounts = new IdentityHashMap<>();
        private final Map<List<Ranked>, BigDecimal[]> runningMinimum = new IdentityHashMap<>();

        Wider(List<Ranked> ranked) {
            for (Ranked r : ranked) {
                byCurrency.computeIfAbsent(r.currency(), c -> new EnumMap<>(Scope.class))
                        .computeIfAbsent(r.scope(), s -> new ArrayList<>()).add(r);
            }
            byCurrency.values().forEach(scopes -> scopes.values().forEach(list -> {
                BigDecimal[] sorted = list.stream().map(Ranked::amount).sorted().toArray(BigDecimal[]::new);
                BigDecimal[] minimum = new BigDecimal[list.size()];
                for (int i = 0; i < list.size(); i++) {
                    minimum[i] = i == 0 ? list.get(0).amount() : minimum[i - 1].min(list.get(i).amount());
                }
                sortedAmounts.put(list, sorted);
                runningMinimum.put(list, minimum);
            }));
        }

        /** The first wider claim, in ladder and source order, that costs less than {@code narrow}. */
        Optional<Cheaper> cheaperThan(Ranked narrow) {
            Ranked first = null;
            int count = 0;
            Map<Scope, List<Ranked>> scopes = byCurrency.get(narrow.currency());
            for (Scope scope : ScopeLadder.LADDER.subList(ScopeLadder.LADDER.indexOf(narrow.scope()) + 1,
                    ScopeLadder.LADDER.size())) {
                List<Ranked> list = scopes.get(scope);
                if (list == null) {
                    continue;
                }
                count += below(sortedAmounts.get(list), narrow.amount());
                if (first == null) {
                    int at = firstBelow(runningMinimum.get(list), narrow.amount());
                    first = at < 0 ? null : list.get(at);
                }
            }
            return first == null ? Optional.empty() : Optional.of(new Cheaper(first, count));
        }

        /** How many of the ascending {@code amounts} are below {@code limit}. */
        private static int below(BigDecimal[] amounts, BigDecimal limit) {
            int low = 0;
            int high = amounts.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (amounts[mid].compareTo(limit) < 0) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        /** The first index whose running minimum is below {@code limit}, or -1; the minimum never rises. */
        private static int firstBelow(BigDecimal[] minimum, BigDecimal limit) {
            int low = 0;
            int high = minimum.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (minimum[mid].compareTo(limit) < 0) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return low == minimum.length ? -1 : low;
        }
    }

    private record Ranked(Claim claim, Scope scope, BigDecimal amount) {
        String currency() {
            return claim.currency().text();
        }
    }
}
