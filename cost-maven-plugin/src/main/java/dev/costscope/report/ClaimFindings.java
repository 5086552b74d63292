package dev.costscope.report;

import dev.costscope.lint.Finding;
import dev.costscope.model.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which findings are about which claim, so that a report can show them beside the claim: those that
 * carry the claim's id, and those about no one claim that lie in the claim's annotation (same file,
 * at or after the claim's start, before the next claim or the declaration of the type carrying it),
 * such as a value that could not be evaluated.
 */
final class ClaimFindings {

    private final Map<ClaimReport, List<Finding>> byClaim = new IdentityHashMap<>();

    /** Places every finding of {@code findings} on the claims of {@code releases} it lies in. */
    ClaimFindings(List<ReleaseReport> releases, List<Finding> findings) {
        Map<String, List<Finding>> byId = new HashMap<>();
        List<Finding> unclaimed = new ArrayList<>();
        for (Finding finding : findings) {
            finding.claimId().ifPresentOrElse(id -> byId.computeIfAbsent(id, k -> new ArrayList<>()).add(finding),
                    () -> unclaimed.add(finding));
        }
        for (ReleaseReport release : releases) {
            List<ClaimReport> claims = new ArrayList<>(release.claims());
            claims.sort((a, b) -> a.claim().location().compareTo(b.claim().location()));
            for (int i = 0; i < claims.size(); i++) {
                SourceLocation start = claims.get(i).claim().location();
                SourceLocation end = i + 1 < claims.size() ? claims.get(i + 1).claim().location()
                        : release.type().location();
                List<Finding> mine = byId.getOrDefault(claims.get(i).id(), List.of());
                List<Finding> within = unclaimed.stream().filter(f -> within(f.location(), start, end)).toList();
                byClaim.put(claims.get(i), within.isEmpty() ? mine : inReportOrder(findings, mine, within));
            }
        }
    }

    /** {@code mine} and {@code within} together, in the order of {@code findings}. */
    private static List<Finding> inReportOrder(List<Finding> findings, List<Finding> mine, List<Finding> within) {
        Set<Finding> both = Collections.newSetFromMap(new IdentityHashMap<>());
        both.addAll(mine);
        both.addAll(within);
        return findings.stream().filter(both::contains).toList();
    }

    /** The findings about {@code claim}, in the report's order. */
    List<Finding> of(ClaimReport claim) {
        return byClaim.getOrDefault(claim, List.of());
    }

    private static boolean within(SourceLocation at, SourceLocation start, SourceLocation end) {
        return at.file().equals(start.file()) && at.compareTo(start) >= 0
                && (!end.file().equals(start.file()) || end.compareTo(start) <= 0 || at.compareTo(end) < 0);
    }
}
