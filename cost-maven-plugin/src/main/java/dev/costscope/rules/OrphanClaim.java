package dev.costscope.rules;

import dev.costscope.analysis.ProjectFacts;
import dev.costscope.model.SourceModel;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;

/** {@code orphan-claim}: a cost claim on a type that declares no model release, so it is a cost of nothing. */
public final class OrphanClaim extends RuleBase {

    /** The rule with its metadata. */
    public OrphanClaim() {
        super("orphan-claim", Severity.ERROR,
                "A @TrainingCost on a type without @ModelRelease.");
    }

    @Override
    public void check(ProjectFacts facts, FindingSink sink) {
        SourceModel model = facts.model();
        for (DeclaredType type : model.types()) {
            if (type.release().isPresent()) {
                continue;
            }
            for (Claim claim : type.claims()) {
                sink.about(facts.of(claim).id()).report(type, claim.location(), "The claim on " + type.qualifiedName()
                        + " belongs to no model: add @ModelRelease(name = \"...\") to " + type.qualifiedName()
                        + ", or move the claim to the type that declares the release.");
            }
        }
    }
}
