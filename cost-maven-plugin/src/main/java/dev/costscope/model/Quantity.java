package dev.costscope.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A non-negative quantity written the way people quote it: {@code "5.576M"}, {@code "2,788,000"},
 * {@code "2_788_000"}, {@code "14.8T"}, {@code "3.3e24"}. The suffixes K, M, B and T mean 10^3, 10^6,
 * 10^9 and 10^12. Values are exact {@link BigDecimal}s; no binary floating point is involved.
 *
 * @param text  the text as written
 * @param value the exact value
 */
public record Quantity(String text, BigDecimal value) {

    /** Digits grouped by commas in threes, or by underscores anywhere between digits, or plain. */
    private static final Pattern FORM = Pattern.compile(
            "(?<int>\\d{1,3}(?:,\\d{3})+|\\d+(?:_+\\d+)*)"
                    + "(?:\\.(?<frac>\\d+(?:_+\\d+)*))?"
                    + "(?:[eE](?<exp>[+-]?\\d{1,4}))?"
                    + "(?<suffix>[KMBT])?");

    /** What a user may write, for messages. */
    public static final String EXPECTED_FORM =
            "a number such as \"5.576M\", \"2,788,000\", \"14.8T\" or \"3.3e24\" (suffixes K, M, B, T)";

    /**
     * Parses {@code text}.
     *
     * @throws QuantityFormatException with a message that says what is wrong and what is expected
     */
    public static Quantity parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new QuantityFormatException("is empty; expected " + EXPECTED_FORM);
        }
        if (trimmed.startsWith("-")) {
            throw new QuantityFormatException("\"" + text + "\" is negative; quantities must be zero or more");
        }
        Matcher m = FORM.matcher(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
        if (!m.matches()) {
            throw new QuantityFormatException("\"" + text + "\" is not " + EXPECTED_FORM);
        }
        if (m.group("exp") != null && m.group("suffix") != null) {
            throw new QuantityFormatException("\"" + text + "\" has both an exponent and a suffix; use one");
        }
        String digits = m.group("int").replace(",", "").replace("_", "");
        String fraction = m.group("frac") == null ? "" : "." + m.group("frac").replace("_", "");
        BigDecimal value = new BigDecimal(digits + fraction);
        if (m.group("exp") != null) {
            value = value.scaleByPowerOfTen(Integer.parseInt(m.group("exp")));
        }
        if (m.group("suffix") != null) {
            value = value.scaleByPowerOfTen(suffixPower(m.group("suffix").charAt(0)));
        }
        return new Quantity(text, value);
    }

    /** The parsed quantity, or empty when {@code text} does not parse. */
    public static Optional<Quantity> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (QuantityFormatException e) {
            return Optional.empty();
        }
    }

    private static int suffixPower(char suffix) {
        return switch (suffix) {
            case 'K' -> 3;
            case 'M' -> 6;
            case 'B' -> 9;
            case 'T' -> 12;
            default -> throw new IllegalArgumentException("suffix " + suffix);
        };
    }

    /** Thrown by {@link #parse(String)}; the message completes the sentence "the quantity ...". */
    public static final class QuantityFormatException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        QuantityFormatException(String message) {
            super(message);
        }
    }
}
