package dev.costscope.lint;

import dev.costscope.analysis.ProjectFacts;

/**
 * One check over the declared claims. Implementations are small, final and stateless, so one
 * instance serves every thread; they report through the {@link FindingSink} they are given.
 */
public interface Rule {

    /** The stable kebab-case id used in messages, suppressions and {@code docs/rules/<id>.md}. */
    String id();

    /** The severity of this rule's findings unless it says otherwise for one finding. */
    Severity severity();

    /** One sentence: what the rule catches. */
    String description();

    /** Checks the facts of a model and reports each finding to {@code sink}. */
    void check(ProjectFacts facts, FindingSink sink);
}
