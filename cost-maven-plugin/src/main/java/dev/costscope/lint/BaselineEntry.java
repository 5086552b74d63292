package dev.costscope.lint;

import java.util.Comparator;

/**
 * One known finding recorded in a baseline.
 *
 * @param fingerprint the finding's {@link Fingerprint}, what matching compares
 * @param rule        the rule's id, for people reading the file
 * @param file        the file it was found in, for people reading the file
 * @param message     the message as it was printed, for people reading the file
 */
public record BaselineEntry(String fingerprint, String rule, String file, String message)
        implements Comparable<BaselineEntry> {

    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::file)
            .thenComparing(BaselineEntry::rule)
            .thenComparing(BaselineEntry::message)
            .thenComparing(BaselineEntry::fingerprint);

    /** The entry recording {@code finding}. */
    public static BaselineEntry of(Finding finding) {
        return new BaselineEntry(finding.fingerprint(), finding.ruleId(), finding.location().file(), finding.message());
    }

    @Override
    public int compareTo(BaselineEntry other) {
        return ORDER.compare(this, other);
    }

    /** {@code file [rule] message}, as the log names an entry. */
    @Override
    public String toString() {
        return file + " [" + rule + "] " + message;
    }
}
