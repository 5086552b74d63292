package dev.costscope.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact arithmetic helpers and the way numbers are written in messages: {@code 5.594M}, {@code 7.3%}. */
public final class Numbers {

    /** Enough precision for any ratio a rule computes; no binary floating point is involved. */
    public static final MathContext CONTEXT = MathContext.DECIMAL64;

    private static final String[] SUFFIXES = {"", "K", "M", "B", "T"};

    private Numbers() {
    }

    /** {@code value} with a K/M/B/T suffix and at most four significant digits: {@code 5594400} is {@code 5.594M}. */
    public static String human(BigDecimal value) {
        BigDecimal abs = value.abs();
        int power = 0;
        while (power < SUFFIXES.length - 1 && abs.compareTo(BigDecimal.TEN.pow(3 * (power + 1))) >= 0) {
            power++;
        }
        if (abs.compareTo(BigDecimal.TEN.pow(15)) >= 0) {
            return scientific(value);
        }
        BigDecimal scaled = value.scaleByPowerOfTen(-3 * power).round(new MathContext(4, RoundingMode.HALF_EVEN));
        return plain(scaled) + SUFFIXES[power];
    }

    /** {@code value} as {@code 3.286e24}: four significant digits. */
    public static String scientific(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal rounded = value.round(new MathContext(4, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        return plain(rounded.scaleByPowerOfTen(-exponent)) + "e" + exponent;
    }

    /** {@code ratio} as a percentage with one decimal: {@code 0.07342} is {@code 7.3%}. */
    public static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    /** The most decimals a ratio is read with: finer differences mean nothing to any rule. */
    public static final int RATIO_DECIMALS = 12;

    /**
     * Reads a ratio as a user writes it in a pom: {@code 5%} or {@code 0.05}, with at most
     * {@link #RATIO_DECIMALS} decimals, so that no exponent, however far, reaches the arithmetic.
     *
     * @throws InvalidRatio saying what is wrong with it
     */
    public static BigDecimal parseRatio(String text) {
        String trimmed = text.strip();
        boolean percent = trimmed.endsWith("%");
        BigDecimal value;
        try {
            value = new BigDecimal(percent ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed);
        } catch (NumberFormatException e) {
            throw new InvalidRatio(InvalidRatio.Reason.NOT_A_NUMBER, "'" + text + "' is not a ratio");
        }
        if (value.signum() < 0) {
            throw new InvalidRatio(InvalidRatio.Reason.NEGATIVE, "'" + text + "' is negative");
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        long decimals = (long) value.stripTrailingZeros().scale() + (percent ? 2 : 0);
        if (decimals > RATIO_DECIMALS) {
            throw new InvalidRatio(InvalidRatio.Reason.TOO_FINE, "'" + text + "' has more decimals than a ratio needs");
        }
        return percent ? value.movePointLeft(2) : value;
    }

    /** A ratio that cannot be read, and why. */
    public static final class InvalidRatio extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        /** What is wrong with the ratio. */
        public enum Reason {
            /** Not a number at all. */
            NOT_A_NUMBER,
            /** Below zero. */
            NEGATIVE,
            /** More decimals than {@link #RATIO_DECIMALS}. */
            TOO_FINE
        }

        private final Reason reason;

        InvalidRatio(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        /** What is wrong with the ratio. */
        public Reason reason() {
            return reason;
        }
    }

    /** {@code a / b} to {@link #CONTEXT}. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, CONTEXT);
    }

    /** {@code value} without exponent or trailing zeros: {@code 1835}, {@code 2.1}. */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
