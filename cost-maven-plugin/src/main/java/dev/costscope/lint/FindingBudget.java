package dev.costscope.lint;

import dev.costscope.model.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the findings of a run bounded whatever the input: one finding per rule, place and claim,
 * the further ones counted into it, and at most {@link #PER_FILE} findings per file, the most
 * serious first, the rest counted as {@link Omission}s. Memory grows with the places that have
 * findings, not with the pairs a rule may compare.
 */
final class FindingBudget {

    /** The most findings listed for one file; generous, so that a real README is never cut. */
    static final int PER_FILE = 200;

    private final Map<Key, Tally> tallies = new LinkedHashMap<>();

    /** Counts {@code finding} into the one kept for its rule and place. */
    void add(Finding finding) {
        tallies.computeIfAbsent(new Key(finding.ruleId(), finding.location(), finding.claimId().orElse("")),
                k -> new Tally(finding)).more++;
    }

    /** The kept findings, each with the number of others like it in its message, before the cap. */
    private List<Finding> merged() {
        List<Finding> merged = new ArrayList<>(tallies.size());
        for (Tally tally : tallies.values()) {
            Finding first = tally.first;
            int others = tally.more - 1;
            merged.add(others == 0 ? first : new Finding(first.ruleId(), first.severity(), first.location(),
                    first.message() + " (" + others + " more " + (others == 1 ? "finding" : "findings")
                            + " of this rule here)", first.claimId()));
        }
        return merged;
    }

    /**
     * The findings to list, sorted by place, at most {@link #PER_FILE} per file (the most serious
     * kept); {@code omitted} receives what was left out of each file, by severity.
     */
    List<Finding> listed(List<Omission> omitted) {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Finding finding : merged()) {
            byFile.computeIfAbsent(finding.location().file(), f -> new ArrayList<>()).add(finding);
        }
        List<Finding> listed = new ArrayList<>();
        Comparator<Finding> seriousFirst = Comparator.comparing(Finding::severity).thenComparing(Comparator.naturalOrder());
        byFile.forEach((file, findings) -> {
            if (findings.size() <= PER_FILE) {
                listed.addAll(findings);
                return;
            }
            findings.sort(seriousFirst);
            listed.addAll(findings.subList(0, PER_FILE));
            Map<Severity, Integer> left = new EnumMap<>(Severity.class);
            findings.subList(PER_FILE, findings.size()).forEach(f -> left.merge(f.severity(), 1, Integer::sum));
            left.forEach((severity, count) -> omitted.add(new Omission(file, severity, count)));
        });
        listed.sort(null);
        return listed;
    }

    private record Key(String ruleId, SourceLocation location, String claimId) {
    }

    private static final class Tally {
        final Finding first;
        int more;

        Tally(Finding first) {
            this.first = first;
        }
    }
}
