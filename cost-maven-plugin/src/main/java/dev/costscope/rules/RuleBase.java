package dev.costscope.rules;

import dev.costscope.lint.Rule;
import dev.costscope.lint.Severity;

/** A rule's metadata, declared once in its constructor: id, default severity and description. */
abstract class RuleBase implements Rule {

    private final String id;
    private final Severity severity;
    private final String description;

    RuleBase(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public String toString() {
        return id;
    }
}
