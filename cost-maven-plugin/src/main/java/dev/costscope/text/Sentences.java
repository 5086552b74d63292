package dev.costscope.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits prose into sentences in one pass: at {@code .}, {@code !} or {@code ?} followed by white
 * space, at {@code 。！？} (no space needed), at blank lines, and at the starts of markdown headings,
 * list items and table rows in plain text. A period is not a boundary after a known abbreviation
 * ({@code approx.}, {@code est.}, {@code vs.}, {@code e.g.}, {@code Inc.}, {@code U.S.}), after a single
 * capital (an initial), in a decimal, or when a lower-case letter or a digit follows, so a figure
 * stays with its context. Returns [start, end) offset pairs into the text.
 */
final class Sentences {

    /** Words that end with a period without ending the sentence, lower-cased, without the period. */
    static final Set<String> ABBREVIATIONS = Set.of("approx", "est", "vs", "e.g", "i.e", "eg", "ie", "etc", "inc",
            "corp", "ltd", "co", "u.s", "u.k", "u.s.a", "e.u", "dr", "mr", "mrs", "ms", "prof", "no", "fig", "al",
            "cf", "ca", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "st",
            "jr", "sr", "mt", "ft", "ref", "vol", "p", "pp", "op", "resp", "min", "max", "avg", "incl", "excl");

    private Sentences() {
    }

    static List<int[]> split(String text) {
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean boundary = false;
            if (c == '。' || c == '！' || c == '？') {
                boundary = true;
            } else if ((c == '.' || c == '!' || c == '?') && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))) {
                boundary = c != '.' || endsSentence(text, start, i);
            } else if (c == '\n' && (startsBlock(text, i + 1) || endsLine(text, start, i))) {
                boundary = true;
            }
            if (boundary) {
                sentences.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < n) {
            sentences.add(new int[] {start, n});
        }
        return sentences;
    }

    /** Whether the period at {@code dot} ends a sentence: not after an abbreviation or initial, and no lower case next. */
    private static boolean endsSentence(String text, int sentenceStart, int dot) {
        int wordStart = dot;
        while (wordStart > sentenceStart && dot - wordStart < 8 && isWordChar(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart > sentenceStart && Character.isDigit(text.charAt(wordStart - 1))) {
            return true;
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(text.charAt(wordStart))) {
            return false;
        }
        int next = dot + 1;
        while (next < text.length() && next - dot < 4 && text.charAt(next) == ' ') {
            next++;
        }
        return next >= text.length() || !(Character.isLowerCase(text.charAt(next)) || FigureFinder.isDigit(text.charAt(next)));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '.';
    }

    /**
     * Whether the line break at {@code at} ends a sentence: the line ends with sentence or clause
     * punctuation ({@code .!?;:} and their CJK forms) or with CJK text, which is not wrapped mid-sentence.
     */
    private static boolean endsLine(String text, int sentenceStart, int at) {
        int i = at - 1;
        while (i >= sentenceStart && at - i < 16 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i--;
        }
        if (i < sentenceStart) {
            return false;
        }
        char c = text.charAt(i);
        return ".!?;:。！？；：".indexOf(c) >= 0 || isCjk(c);
    }

    static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (c >= '\uFF01' && c <= '\uFF60') || (c >= '\u3000' && c <= '\u303F');
    }

    /** Whether the line starting at {@code at} begins a new block: blank, a heading, a list item, a table row. */
    private static boolean startsBlock(String text, int at) {
        int i = at;
        while (i < text.length() && i - at < 16 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
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
