package dev.costscope.analysis;

import dev.costscope.model.SourceLocation;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One quantity as stated, parsed once: not stated, unresolved, valid with its exact value in the
 * base unit of its kind, or malformed with the reason. A malformed quantity is a state, not a null.
 *
 * @param state        which of the four it is
 * @param text         the text as written (trimmed); empty when not stated or unresolved
 * @param exact        the value in the base unit when valid; {@code null} otherwise (use {@link #value()})
 * @param problem      why it does not parse, completing "the quantity ..."; empty unless malformed
 * @param currencySign the currency sign a valid money amount was written with, or empty
 * @param location     where it was written
 */
public record QuantityFact(State state, String text, BigDecimal exact, String problem, String currencySign,
                           SourceLocation location) {

    /** What is known of a quantity. */
    public enum State {
        /** Left out, or blank. */
        NOT_STATED,
        /** A value the extractor could not evaluate (rule {@code unresolved-value} says so). */
        UNRESOLVED,
        /** Parsed. */
        VALID,
        /** Written, but not a quantity of its kind (rule {@code invalid-quantity} says so). */
        MALFORMED
    }

    public QuantityFact {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(location, "location");
        if ((state == State.VALID) != (exact != null)) {
            throw new IllegalArgumentException("a value exactly when valid");
        }
    }

    /** The exact value in the kind's base unit, when valid. */
    public Optional<BigDecimal> value() {
        return Optional.ofNullable(exact);
    }

    /** Whether the quantity parsed. */
    public boolean isValid() {
        return state == State.VALID;
    }

    /** Whether it was written but does not parse. */
    public boolean isMalformed() {
        return state == State.MALFORMED;
    }

    /** Whether something was written or referenced: valid, malformed or unresolved. */
    public boolean isStated() {
        return state != State.NOT_STATED;
    }
}
