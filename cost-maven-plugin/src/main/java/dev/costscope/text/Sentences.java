package dev.costscope.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits prose into sentences: at {@code .}, {@code !} or {@code ?} followed by white space, at blank
 * lines, and at the starts of markdown headings, list items and table rows (a row is one sentence,
 * so a scope in one cell covers a figure in another). A decimal point is not a boundary. Returns
 * [start, end) offset pairs into the text.
 */
final class Sentences {

    private Sentences() {
    }

    static List<int[]> split(String text) {
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean boundary = false;
            int next = i + 1;
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))) {
                boundary = true;
            } else if (c == '\n' && startsBlock(text, i + 1)) {
                boundary = true;
            }
            if (boundary) {
                sentences.add(new int[] {start, next});
                start = next;
            }
        }
        if (start < n) {
            sentences.add(new int[] {start, n});
        }
        return sentences;
    }

    /** Whether the line starting at {@code at} begins a new block: blank, a heading, a list item, a table row. */
    private static boolean startsBlock(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
            return true;
        }
        char c = text.charAt(i);
        boolean bullet = (c == '-' || c == '*' || c == '+') && i + 1 < text.length() && text.charAt(i + 1) == ' ';
        return c == '#' || c == '|' || bullet || (Character.isDigit(c) && text.startsWith(". ", i + 1));
    }
}
