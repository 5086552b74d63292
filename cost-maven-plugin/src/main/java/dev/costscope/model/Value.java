package dev.costscope.model;

import java.util.Objects;

/**
 * One annotation attribute as read from source: its value and where it was written. An attribute
 * left out holds the annotation's default at the annotation's location. A value the extractor could
 * not evaluate is <em>unresolved</em> ({@link #isResolved()} false); it was reported by rule
 * {@code unresolved-value}, and other rules must stay silent about it.
 *
 * @param <T> String, Integer or one of the annotation enums
 */
public record Value<T>(T value, SourceLocation location) {

    public Value {
        Objects.requireNonNull(location, "location");
    }

    /** A resolved value. */
    public static <T> Value<T> of(T value, SourceLocation location) {
        return new Value<>(Objects.requireNonNull(value, "value"), location);
    }

    /** A value that could not be evaluated. */
    public static <T> Value<T> unresolved(SourceLocation location) {
        return new Value<>(null, location);
    }

    /** Whether the value was evaluated. */
    public boolean isResolved() {
        return value != null;
    }

    /** Whether the value is resolved and equal to {@code expected}. */
    public boolean is(T expected) {
        return Objects.equals(value, expected);
    }

    /** Whether this is a resolved string with text in it (not empty, not only white space). */
    public boolean hasText() {
        return value instanceof String s && !s.isBlank();
    }

    /** The value as trimmed text; empty when unresolved or not a string. */
    public String text() {
        return value instanceof String s ? s.strip() : "";
    }
}
