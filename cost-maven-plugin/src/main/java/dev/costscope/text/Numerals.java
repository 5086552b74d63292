package dev.costscope.text;

import java.util.List;
import java.util.Locale;

/** Reads the number and the magnitude of a figure as written: {@code 5,576,000}, {@code 294 000}, {@code 2.788M}, {@code 557.6万}. */
final class Numerals {

    /** Magnitude words, longest first; matched case-insensitively and not followed by a letter. */
    private static final List<String> WORDS = List.of("trillion", "billion", "million", "thousand", "mil", "mln",
            "mn", "bn");
    private static final List<String> CJK = List.of("百万", "千万", "万", "亿", "億", "千");

    private Numerals() {
    }

    /** The end of the number starting at {@code start}: digits with thousands groups and one decimal part. */
    static int numberEnd(String text, int start) {
        int n = text.length();
        int i = digitsEnd(text, start);
        boolean decimal = false;
        while (i + 1 < n) {
            char c = text.charAt(i);
            int groupEnd = digitsEnd(text, i + 1);
            int groupLength = groupEnd - (i + 1);
            if (c == ',' && groupLength == 3 && !decimal) {
                i = groupEnd;
            } else if ((c == ' ' || c == '\u00A0' || c == '\u202F') && groupLength == 3 && !decimal
                    && (groupEnd >= n || !FigureFinder.isDigit(text.charAt(groupEnd)))) {
                i = groupEnd;
            } else if (c == '.' && groupLength > 0 && !decimal) {
                decimal = true;
                i = groupEnd;
            } else {
                break;
            }
        }
        return i;
    }

    /** The end of a magnitude written at {@code at} ({@code M}, {@code k}, {@code million}, {@code 万4000}), or {@code at}. */
    static int magnitudeEnd(String text, int at) {
        int n = text.length();
        int i = at;
        for (String cjk : CJK) {
            int from = at < n && text.charAt(at) == ' ' ? at + 1 : at;
            if (text.startsWith(cjk, from)) {
                int end = from + cjk.length();
                if (cjk.equals("万") && end < n && FigureFinder.isDigit(text.charAt(end))) {
                    end = digitsEnd(text, end);
                }
                return end;
            }
        }
        if (i < n && Character.isLetter(text.charAt(i)) && isLetterMagnitude(text.charAt(i))
                && (i + 1 >= n || !Character.isLetter(text.charAt(i + 1)) || plural(text, i + 1))) {
            return plural(text, i + 1) ? pluralEnd(text, i + 1) : i + 1;
        }
        int from = i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0') ? i + 1 : i;
        for (String word : WORDS) {
            if (text.regionMatches(true, from, word, 0, word.length())) {
                int end = from + word.length();
                if (end < n && (text.charAt(end) == 's' || text.charAt(end) == 'S')) {
                    end++;
                }
                if (end >= n || !Character.isLetter(text.charAt(end))) {
                    return end;
                }
            }
        }
        if (plural(text, i)) {
            return pluralEnd(text, i);
        }
        return at;
    }

    /** Whether the magnitude at [{@code from}, {@code to}) is a word that makes an amount large ("78 million"). */
    static boolean isWordMagnitude(String text, int from, int to) {
        String word = text.substring(from, to).strip().toLowerCase(Locale.ROOT);
        return word.startsWith("million") || word.startsWith("billion") || word.startsWith("trillion")
                || word.startsWith("万") || word.startsWith("亿") || word.startsWith("億");
    }

    private static boolean isLetterMagnitude(char c) {
        return c == 'K' || c == 'M' || c == 'B' || c == 'T' || c == 'k' || c == 'm' || c == 'b';
    }

    /** {@code 's} or {@code s} or {@code s of millions} after a number or magnitude ({@code $10s of millions}, {@code $10M's}). */
    private static boolean plural(String text, int at) {
        int n = text.length();
        if (text.startsWith("'s", at) || text.startsWith("’s", at)) {
            return true;
        }
        return at < n && text.charAt(at) == 's' && (at + 1 >= n || !Character.isLetter(text.charAt(at + 1)));
    }

    private static int pluralEnd(String text, int at) {
        int end = text.charAt(at) == 's' ? at + 1 : at + 2;
        for (String tail : List.of(" of millions", " of billions", " of thousands")) {
            if (text.regionMatches(true, end, tail, 0, tail.length())) {
                return end + tail.length();
            }
        }
        return end;
    }

    static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && FigureFinder.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
