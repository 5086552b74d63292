package dev.costscope.text;

/**
 * A cost figure in a text.
 *
 * @param start offset of its first character
 * @param end   offset after its last character
 * @param text  the figure as written, e.g. {@code $5.6M} or {@code 2.788M GPU hours}
 * @param kind  money, or training compute stated as a cost
 */
public record Figure(int start, int end, String text, Kind kind) {

    /** What a figure measures. */
    public enum Kind {
        /** An amount of money: {@code $6M}, {@code USD 5,576,000}, {@code 5.6 million dollars}. */
        MONEY,
        /** Accelerator time: {@code 2.788M GPU hours}. */
        COMPUTE
    }
}
