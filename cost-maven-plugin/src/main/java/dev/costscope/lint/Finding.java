package dev.costscope.lint;

import dev.costscope.model.SourceLocation;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule found wrong with a claim.
 *
 * @param ruleId   the rule's stable kebab-case id, e.g. {@code missing-component}
 * @param severity how serious it is
 * @param location where it was written
 * @param message  what is wrong, the numbers behind it and what to change
 * @param claimId  the stable id of the claim the finding is about; empty when it is about no one
 *                 claim (prose, an unresolved value, a release)
 */
public record Finding(String ruleId, Severity severity, SourceLocation location, String message,
                      Optional<String> claimId) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message)
            .thenComparing(f -> f.claimId().orElse(""));

    public Finding {
        Objects.requireNonNull(claimId, "claimId");
    }

    /** A finding about no one claim. */
    public Finding(String ruleId, Severity severity, SourceLocation location, String message) {
        this(ruleId, severity, location, message, Optional.empty());
    }

    /** This finding at {@code other} severity. */
    public Finding withSeverity(Severity other) {
        return new Finding(ruleId, other, location, message, claimId);
    }

    /**
     * What the finding is about, independent of where it stands in its file: its claim's stable id,
     * or, for a finding about no one claim (prose, an unresolved value), its file.
     */
    public String subject() {
        return claimId.orElse(location.file());
    }

    /** The fingerprint that recognises this finding after unrelated edits: see {@link Fingerprint}. */
    public String fingerprint() {
        return Fingerprint.of(this);
    }

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
