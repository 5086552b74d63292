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
 * @param subject  what the finding is about, independent of where it stands in its file: the declaring
 *                 type of an annotated claim, or the file and origin of a text (its fingerprint's identity)
 */
public record Finding(String ruleId, Severity severity, SourceLocation location, String message, String subject)
        implements Comparable<Finding> {

    /** A finding about its own file. */
    public Finding(String ruleId, Severity severity, SourceLocation location, String message) {
        this(ruleId, severity, location, message, location.file());
    }

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    /** This finding at {@code other} severity. */
    public Finding withSeverity(Severity other) {
        return new Finding(ruleId, other, location, message, subject);
    }

    /** The fingerprint that recognises this finding after unrelated edits: see {@link Fingerprint}. */
    public String fingerprint() {
        return Fingerprint.of(this);
    }

    /** {@code path:[line,col] [rule-id] message}, the line printed for the user. */
    @Override
    public String toString() {
        return location + " [" + ruleId + "] " + message;
    }
}
