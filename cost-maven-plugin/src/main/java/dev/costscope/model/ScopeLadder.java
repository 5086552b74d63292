package dev.costscope.model;

import dev.costscope.annotations.Scope;
import java.util.List;

/**
 * The one order of the scopes: the ladder from the narrowest to the widest figure
 * ({@code FINAL_RUN < ALL_TRAINING_RUNS < RESEARCH_AND_DEVELOPMENT < TOTAL_PROGRAM}), then
 * {@code AMORTIZED}, which is not on the ladder (it counts a different thing), then {@code UNSPECIFIED}.
 */
public final class ScopeLadder {

    /** The scopes from narrowest to widest; each includes the one before it. {@code AMORTIZED} is not on it. */
    public static final List<Scope> LADDER =
            List.of(Scope.FINAL_RUN, Scope.ALL_TRAINING_RUNS, Scope.RESEARCH_AND_DEVELOPMENT, Scope.TOTAL_PROGRAM);

    /** Every scope a claim may declare, in the order reports show them: the ladder, then {@code AMORTIZED}. */
    public static final List<Scope> DECLARABLE = List.of(Scope.FINAL_RUN, Scope.ALL_TRAINING_RUNS,
            Scope.RESEARCH_AND_DEVELOPMENT, Scope.TOTAL_PROGRAM, Scope.AMORTIZED);

    private ScopeLadder() {
    }

    /** Whether {@code scope} is on the ladder, so that it can be compared with the others. */
    public static boolean isOnLadder(Scope scope) {
        return LADDER.contains(scope);
    }

    /** The position of {@code scope} in report order: the declarable scopes, then {@code UNSPECIFIED}. */
    public static int order(Scope scope) {
        int index = DECLARABLE.indexOf(scope);
        return index < 0 ? DECLARABLE.size() : index;
    }
}
