package dev.costscope.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A non-negative quantity written the way people quote it: {@code "5.576M"}, {@code "2,788,000"},
 * {@code "2_788_000"}, {@code "14.8T"}, {@code "3.3e24"}, {@code "3 million"}, {@code "$3M"}. The
 * suffixes K, M, B and T and the words thousand, million, billion and trillion mean 10^3, 10^6, 10^9
 * and 10^12; a money amount may start with a currency sign ({@code $ € £ ¥}). Values are exact
 * {@link BigDecimal}s; no binary floating point is involved. Parsing is one pass over the text, with
 * no regular expression, so it is linear in the text's length and cannot overflow the stack.
 *
 * @param text           the text as written
 * @param value          the exact value
 * @param currencySymbol the currency sign the text starts with, or empty
 */
public record Quantity(String text, BigDecimal value, String currencySymbol) {

    /** What a user may write, for messages. */
    public static final String EXPECTED_FORM = "a number such as \"5.576M\", \"2,788,000\", \"14.8T\", \"3 million\""
            + " or \"3.3e24\" (suffixes K, M, B, T)";

    /** The most significant digits a quantity may have; more is a typing slip, not a figure. */
    public static final int MAX_DIGITS = 100;

    private static final String SIGNS = "$€£¥";
    private static final Map<String, Integer> WORDS = Map.of("thousand", 3, "million", 6, "billion", 9, "trillion", 12);

    /** A quantity without a currency sign. */
    public Quantity(String text, BigDecimal value) {
        this(text, value, "");
    }

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
        Scan scan = Scan.of(text, trimmed);
        String rest = trimmed.substring(scan.end).strip();
        int power = 0;
        if (!rest.isEmpty()) {
            power = multiplier(rest).orElseThrow(() -> scan.notAQuantity());
        }
        return new Quantity(text, scan.value(power), scan.sign);
    }

    /** The parsed quantity, or empty when {@code text} does not parse. */
    public static Optional<Quantity> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (QuantityFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses {@code text} as a number followed by one of {@code units} (matched in any case, after
     * optional white space and an optional suffix: {@code "21.6 GWh"}, {@code "8.93K tCO2eq"}), and
     * returns the value in the base unit: the number times the unit's factor.
     *
     * @param units       unit names and their factors to the base unit
     * @param defaultUnit the unit meant when none is written; empty when a unit is required
     * @param expected    how to write it, for messages
     * @throws QuantityFormatException with a message that says what is wrong and what is expected
     */
    public static Quantity parseWithUnit(String text, Map<String, BigDecimal> units, Optional<String> defaultUnit,
                                         String expected) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new QuantityFormatException("is empty; expected " + expected);
        }
        if (trimmed.startsWith("-")) {
            throw new QuantityFormatException("\"" + text + "\" is negative; quantities must be zero or more");
        }
        Scan scan = Scan.of(text, trimmed);
        if (!scan.sign.isEmpty()) {
            throw new QuantityFormatException("\"" + text + "\" is not " + expected);
        }
        String rest = trimmed.substring(scan.end).strip();
        int power = 0;
        Optional<BigDecimal> factor = unit(rest, units);
        if (factor.isEmpty() && !rest.isEmpty()) {
            int space = firstSpaceOrUnitStart(rest);
            Optional<Integer> suffix = multiplier(rest.substring(0, space));
            if (suffix.isPresent()) {
                power = suffix.get();
                rest = rest.substring(space).strip();
                factor = unit(rest, units);
            }
        }
        if (factor.isEmpty() && rest.isEmpty() && defaultUnit.isPresent()) {
            factor = Optional.of(units.get(defaultUnit.get()));
        }
        if (factor.isEmpty()) {
            throw new QuantityFormatException("\"" + text + "\" is not " + expected);
        }
        return new Quantity(text, scan.value(power).multiply(factor.get()), "");
    }

    private static int firstSpaceOrUnitStart(String rest) {
        if (!rest.isEmpty() && "KMBT".indexOf(rest.charAt(0)) >= 0
                && (rest.length() == 1 || !Character.isLetter(rest.charAt(1)) || Character.isUpperCase(rest.charAt(1))
                || Character.isWhitespace(rest.charAt(1)))) {
            return 1;
        }
        int i = 0;
        while (i < rest.length() && !Character.isWhitespace(rest.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Optional<BigDecimal> unit(String name, Map<String, BigDecimal> units) {
        for (Map.Entry<String, BigDecimal> unit : units.entrySet()) {
            if (unit.getKey().equalsIgnoreCase(name)) {
                return Optional.of(unit.getValue());
            }
        }
        return Optional.empty();
    }

    /** The power of ten of a suffix letter or word, if {@code text} is one. */
    private static Optional<Integer> multiplier(String text) {
        if (text.length() == 1) {
            return switch (text.charAt(0)) {
                case 'K' -> Optional.of(3);
                case 'M' -> Optional.of(6);
                case 'B' -> Optional.of(9);
                case 'T' -> Optional.of(12);
                default -> Optional.empty();
            };
        }
        return Optional.ofNullable(WORDS.get(text.toLowerCase(Locale.ROOT)));
    }

    /** One left-to-right pass over the number at the start of the trimmed text. */
    private static final class Scan {
        private final String text;
        private final String sign;
        private final StringBuilder digits = new StringBuilder();
        private int fractionDigits;
        private int exponent;
        private boolean hasExponent;
        private int end;

        private Scan(String text, String sign) {
            this.text = text;
            this.sign = sign;
        }

        static Scan of(String text, String trimmed) {
            int i = trimmed.startsWith("+") ? 1 : 0;
            String sign = "";
            if (i < trimmed.length() && SIGNS.indexOf(trimmed.charAt(i)) >= 0) {
                sign = String.valueOf(trimmed.charAt(i));
                i++;
            }
            Scan scan = new Scan(text, sign);
            scan.read(trimmed, i);
            return scan;
        }

        private void read(String s, int start) {
            int i = integerPart(s, start);
            if (i < s.length() && s.charAt(i) == '.') {
                int before = digits.length();
                i = grouped(s, i + 1, '_');
                fractionDigits = digits.length() - before;
                if (fractionDigits == 0) {
                    throw notAQuantity();
                }
            }
            if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                i = exponent(s, i + 1);
            }
            if (digits.length() > MAX_DIGITS) {
                throw new QuantityFormatException("\"" + abbreviated() + "\" has " + digits.length() + " digits; a quantity"
                        + " has at most " + MAX_DIGITS + " (use an exponent, e.g. 3.3e24)");
            }
            end = i;
            if (i < s.length() && !Character.isWhitespace(s.charAt(i)) && !Character.isLetter(s.charAt(i))) {
                throw notAQuantity();
            }
        }

        /** Digits grouped by commas in threes, or by underscores anywhere between digits, or plain. */
        private int integerPart(String s, int start) {
            int i = start;
            while (i < s.length() && isDigit(s.charAt(i))) {
                digits.append(s.charAt(i++));
            }
            int lead = i - start;
            if (lead == 0) {
                throw notAQuantity();
            }
            if (i < s.length() && s.charAt(i) == ',') {
                if (lead > 3) {
                    throw notAQuantity();
                }
                while (i < s.length() && s.charAt(i) == ',') {
                    int groupStart = ++i;
                    while (i < s.length() && isDigit(s.charAt(i))) {
                        digits.append(s.charAt(i++));
                    }
                    if (i - groupStart != 3) {
                        throw notAQuantity();
                    }
                }
                return i;
            }
            return grouped(s, i, '_');
        }

        /** More digits after {@code start}, each run of {@code separator} standing between two digits. */
        private int grouped(String s, int start, char separator) {
            int i = start;
            boolean any = false;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (isDigit(c)) {
                    digits.append(c);
                    any = true;
                    i++;
                } else if (c == separator && (any || start > 0 && isDigit(s.charAt(start - 1)))) {
                    int j = i;
                    while (j < s.length() && s.charAt(j) == separator) {
                        j++;
                    }
                    if (j == s.length() || !isDigit(s.charAt(j))) {
                        throw notAQuantity();
                    }
                    i = j;
                } else {
                    break;
                }
            }
            return i;
        }

        private int exponent(String s, int start) {
            int i = start;
            boolean negative = false;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                negative = s.charAt(i) == '-';
                i++;
            }
            int first = i;
            int value = 0;
            while (i < s.length() && isDigit(s.charAt(i)) && i - first < 4) {
                value = value * 10 + (s.charAt(i++) - '0');
            }
            if (i == first || i < s.length() && isDigit(s.charAt(i))) {
                throw notAQuantity();
            }
            exponent = negative ? -value : value;
            hasExponent = true;
            return i;
        }

        BigDecimal value(int power) {
            if (hasExponent && power != 0) {
                throw new QuantityFormatException("\"" + text + "\" has both an exponent and a suffix; use one");
            }
            return new BigDecimal(new BigInteger(digits.toString()), fractionDigits)
                    .scaleByPowerOfTen(exponent + power);
        }

        QuantityFormatException notAQuantity() {
            return new QuantityFormatException("\"" + abbreviated() + "\" is not " + EXPECTED_FORM);
        }

        private String abbreviated() {
            return text.length() <= 40 ? text : text.substring(0, 20) + "..." + text.substring(text.length() - 10)
                    + " (" + text.length() + " characters)";
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }

    /** Thrown by {@link #parse(String)}; the message completes the sentence "the quantity ...". */
    public static final class QuantityFormatException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        QuantityFormatException(String message) {
            super(message);
        }
    }
}
