package dev.costscope.report;

import dev.costscope.lint.Finding;
import dev.costscope.model.SourceLocation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
        for (ReleaseReport release : releases) {
            List<ClaimReport> claims = new ArrayList<>(release.claims());
            claims.sort((a, b) -> a.claim().location().compareTo(b.claim().location()));
            for (int i = 0; i < claims.size(); i++) {
                SourceLocation start = claims.get(i).claim().location();
                SourceLocation end = i + 1 < claims.size() ? claims.get(i + 1).claim().location()
                        : release.type().location();
                String id = claims.get(i).id();
                List<Finding> mine = findings.stream().filter(f -> f.claimId().map(id::equals)
                        .orElseGet(() -> within(f.location(), start, end))).toList();
                byClaim.put(claims.get(i), mine);
            }
        }
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
