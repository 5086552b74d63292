package dev.costscope.report;

import dev.costscope.analysis.ClaimFacts;
import dev.costscope.analysis.ProjectFacts;
import dev.costscope.annotations.Scope;
import dev.costscope.lint.LintResult;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.ScopeLadder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the report of a project from its facts and what the linter found: releases in source
 * order, each release's claims narrowest scope first. Derives nothing: the facts hold every figure.
 */
public final class ReportBuilder {

    private static final Comparator<ClaimFacts> NARROWEST_FIRST = Comparator.comparingInt(c -> c.claim().scope().isResolved()
            ? ScopeLadder.order(c.claim().scope().value()) : ScopeLadder.order(Scope.UNSPECIFIED) + 1);

    private ReportBuilder() {
    }

    /**
     * The report of the model {@code facts} were derived from, with {@code result}'s findings, from
     * {@code context}, naming the scope policy the facts were derived under.
     */
    public static Report build(ProjectFacts facts, LintResult result, ReportContext context) {
        List<ReleaseReport> releases = new ArrayList<>();
        for (DeclaredType type : facts.model().types()) {
            facts.releaseOf(type).ifPresent(release -> {
                List<ClaimFacts> claims = new ArrayList<>(facts.claimsOf(type));
                claims.sort(NARROWEST_FIRST);
                releases.add(new ReleaseReport(type, release, claims.stream().map(ClaimReport::new).toList()));
            });
        }
        return new Report(releases, result, context.withPolicy(facts.policy()));
    }
}
