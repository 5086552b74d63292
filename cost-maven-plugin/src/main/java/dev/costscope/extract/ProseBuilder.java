package dev.costscope.extract;

import java.util.Arrays;

/**
 * Builds the prose of a marked-up file piece by piece, remembering for each character its offset in
 * the file, so that a figure found in the prose is reported at its exact line and column.
 */
final class ProseBuilder {

    private final String source;
    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[64];

    ProseBuilder(String source) {
        this.source = source;
    }

    /** Appends {@code literal}, which the file writes in [{@code from}, {@code to}) (with escapes or entities, maybe). */
    void append(String literal, int from, int to) {
        int end = Math.min(to, source.length());
        if (literal.length() == end - from && source.startsWith(literal, from)) {
            for (int i = 0; i < literal.length(); i++) {
                put(literal.charAt(i), from + i);
            }
            return;
        }
        int j = from;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            int k = j;
            int reach = Math.min(end, j + 16);
            while (k < reach && source.charAt(k) != c) {
                k++;
            }
            boolean found = k < reach;
            if (found) {
                j = k;
            }
            put(c, Math.min(j, Math.max(from, end - 1)));
            if (found) {
                j++;
            }
        }
    }

    /** Appends a space standing for markup at {@code offset} (a line break, a tag, code left out). */
    void space(int offset) {
        if (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            return;
        }
        put(' ', offset < 0 ? lastOffset() : offset);
    }

    /** Appends a line break of the file at {@code offset}: sentences may end there. */
    void lineBreak(int offset) {
        put('\n', offset < 0 ? lastOffset() : offset);
    }

    int lastOffset() {
        return text.length() == 0 ? 0 : offsets[text.length() - 1];
    }

    int length() {
        return text.length();
    }

    String text() {
        return text.toString();
    }

    int[] offsets() {
        return Arrays.copyOf(offsets, text.length());
    }

    /** Replaces [{@code from}, {@code to}) of the built text with spaces (math, URLs, placeholders). */
    void blank(int from, int to) {
        for (int i = from; i < to; i++) {
            text.setCharAt(i, ' ');
        }
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    private void put(char c, int offset) {
        if (text.length() == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[text.length()] = offset;
        text.append(c);
    }
}
