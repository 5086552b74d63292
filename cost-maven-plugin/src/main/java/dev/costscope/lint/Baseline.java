package dev.costscope.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a project has accepted for now: a finding whose fingerprint is recorded here is
 * reported as baselined and never fails the build; only new findings do. Each entry matches one
 * finding, so a third copy of a problem recorded twice is new.
 */
public final class Baseline {

    private final List<BaselineEntry> entries;

    /** A baseline of {@code entries}, kept sorted. */
    public Baseline(List<BaselineEntry> entries) {
        List<BaselineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(null);
        this.entries = List.copyOf(sorted);
    }

    /** The baseline that accepts exactly the standing findings of {@code result}. */
    public static Baseline of(LintResult result) {
        return new Baseline(result.findings().stream().map(BaselineEntry::of).toList());
    }

    /** The entries, sorted by file, rule and message. */
    public List<BaselineEntry> entries() {
        return entries;
    }

    /**
     * {@code result} with the findings this baseline records moved to its baselined findings, and
     * the entries that matched no finding (fixed, or changed beyond recognition).
     */
    public Outcome apply(LintResult result) {
        Map<String, Deque<BaselineEntry>> unmatched = new HashMap<>();
        for (BaselineEntry entry : entries) {
            unmatched.computeIfAbsent(entry.fingerprint(), key -> new ArrayDeque<>()).add(entry);
        }
        List<Finding> standing = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        for (Finding finding : result.findings()) {
            Deque<BaselineEntry> known = unmatched.get(finding.fingerprint());
            if (known != null && !known.isEmpty()) {
                known.removeFirst();
                baselined.add(finding);
            } else {
                standing.add(finding);
            }
        }
        List<BaselineEntry> stale = new ArrayList<>();
        unmatched.values().forEach(stale::addAll);
        stale.sort(null);
        return new Outcome(result.withBaselined(standing, baselined), stale);
    }

    /**
     * What applying a baseline gives.
     *
     * @param result the result with the known findings baselined
     * @param stale  the entries that no finding matched any more
     */
    public record Outcome(LintResult result, List<BaselineEntry> stale) {

        public Outcome {
            stale = List.copyOf(stale);
        }
    }
}
