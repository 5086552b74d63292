package dev.costscope.lint;

import dev.costscope.model.SourceLocation;
import java.util.Comparator;

/**
 * One thing a rule found wrong with a claim.
 *
 * @param ruleId   the rule's stable kebab-case id, e.g. {@code missing-component}
 * @param severity how serious it is
 * @param location where it was written
 * @param message  what is wrong, the numbers behind it and what to change
 */
public record Finding(String ruleId, Severity severity, SourceLocation location, String message)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    /** {@code path:[line,col] [rule-id] message}, the line printed for the user. */
    @Override
    public String toString() {
        return location + " [" + ruleId + "] " + message;
    }
}
