package dev.costscope.report;

import dev.costscope.analysis.ReleaseFacts;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.ModelRelease;
import java.util.List;

/** One model release: where it is declared, its facts, and each of its claims, narrowest scope first. */
public record ReleaseReport(DeclaredType type, ReleaseFacts facts, List<ClaimReport> claims) {

    public ReleaseReport {
        claims = List.copyOf(claims);
    }

    /** The release as declared. */
    public ModelRelease release() {
        return facts.release();
    }
}
