package dev.costscope.model;

/** A scope policy that cannot be used: where it was read from, the line at fault (0 when none), and why. */
public final class InvalidPolicyException extends Exception {

    private final String origin;
    private final int line;

    /** A policy from {@code origin} that is wrong at {@code line} (0 when no one line is at fault). */
    public InvalidPolicyException(String origin, int line, String reason) {
        super(reason);
        this.origin = origin;
        this.line = line;
    }

    /** Where the policy was read from. */
    public String origin() {
        return origin;
    }

    /** The 1-based line at fault, or 0. */
    public int line() {
        return line;
    }

    /** {@code origin:line: reason}, or {@code origin: reason} without a line. */
    public String describe() {
        return origin + (line > 0 ? ":" + line : "") + ": " + getMessage();
    }
}
