package dev.costscope.report;

import dev.costscope.model.Numbers;
import java.math.BigDecimal;

/** How the JSON formats write an exact value as a JSON number, so that every export writes it alike. */
final class JsonNumbers {

    private JsonNumbers() {
    }

    /** The value without trailing zeros or exponent, rounded to 16 significant digits where it has more (a ratio). */
    static BigDecimal exact(BigDecimal value) {
        BigDecimal rounded = value.precision() > 16 && value.scale() > 0 ? value.round(Numbers.CONTEXT) : value;
        BigDecimal stripped = rounded.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
