package dev.costscope.rules;

import dev.costscope.analysis.ProjectFacts;
import dev.costscope.model.SourceModel;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.UnresolvedValue;

/**
 * {@code unresolved-value}: an annotation value the linter cannot evaluate, so nothing that depends
 * on it was checked. (Named with a suffix so as not to clash with the model's {@link UnresolvedValue}.)
 */
public final class UnresolvedValueRule extends RuleBase {

    /** The rule with its metadata. */
    public UnresolvedValueRule() {
        super("unresolved-value", Severity.ERROR,
                "An annotation value refers to something the linter cannot evaluate.");
    }

    @Override
    public void check(ProjectFacts facts, FindingSink sink) {
        SourceModel model = facts.model();
        for (DeclaredType type : model.types()) {
            for (UnresolvedValue value : type.unresolved()) {
                sink.report(type, value.location(), value.attribute() + " = " + value.expression()
                        + " could not be evaluated: " + value.reason()
                        + "; use a literal or a static final constant of the project's sources.");
            }
        }
    }
}
