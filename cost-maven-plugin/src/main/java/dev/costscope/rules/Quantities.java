package dev.costscope.rules;

import dev.costscope.model.Quantity;
import dev.costscope.model.Value;
import java.math.BigDecimal;
import java.util.Optional;

/** Reads a quantity attribute for arithmetic; empty when absent, unresolved or malformed (other rules say so). */
final class Quantities {

    private Quantities() {
    }

    static Optional<BigDecimal> of(Value<String> value) {
        return value.hasText() ? Quantity.tryParse(value.value()).map(Quantity::value) : Optional.empty();
    }
}
