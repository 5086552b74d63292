package dev.costscope.report;

import dev.costscope.model.DeclaredType;
import dev.costscope.model.ModelRelease;
import java.util.List;

/** One model release: where it is declared, what it is, and each of its claims, narrowest scope first. */
public record ReleaseReport(DeclaredType type, ModelRelease release, List<ClaimReport> claims) {

    public ReleaseReport {
        claims = List.copyOf(claims);
    }
}
