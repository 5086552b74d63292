package dev.costscope.report;

import dev.costscope.analysis.ClaimFacts;
import dev.costscope.analysis.ProjectFacts;
import dev.costscope.annotations.Scope;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Rule;
import dev.costscope.lint.Severity;

/**
 * The one rule the writers' tests run, so that adding or rewording a real rule changes no writer's
 * golden file: an ERROR about each claim without a scope, a NOTE about each claim without a source.
 */
final class FakeRule implements Rule {

    @Override
    public String id() {
        return "fake-rule";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A rule for the writers' tests.";
    }

    @Override
    public void check(ProjectFacts facts, FindingSink sink) {
        for (ClaimFacts claim : facts.claims()) {
            FindingSink about = sink.about(claim.id());
            if (claim.claim().scope().is(Scope.UNSPECIFIED)) {
                about.report(claim.owner(), claim.claim().location(), "claim " + claim.id() + " has no scope");
            }
            if (!claim.claim().source().hasText()) {
                about.report(claim.owner(), Severity.NOTE, claim.claim().location(), "claim " + claim.id() + " has no source");
            }
        }
    }
}
