package dev.costscope.lint;

import java.util.Locale;

/** How serious a finding is, from most to least. */
public enum Severity {
    /** The claim is wrong or misleading; fails the build by default. */
    ERROR,
    /** The claim is weak (for example, no source); reported, does not fail by default. */
    WARNING,
    /** Information only. */
    NOTE;

    /** Whether this severity is at least as serious as {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /**
     * Reads a severity as a user writes it in a pom: {@code error}, {@code warning}, {@code note}
     * (or {@code info}), in any case.
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static Severity parse(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        if (upper.equals("INFO")) {
            return NOTE;
        }
        for (Severity s : values()) {
            if (s.name().equals(upper)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "'; use ERROR, WARNING or NOTE");
    }
}
