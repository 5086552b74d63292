package dev.costscope.extract;

/**
 * Blanks what sits in prose but is not prose, in one pass each: LaTeX math ({@code $3 \times 10^{-4}$},
 * {@code $1$}, {@code $$...$$}), URLs written out, and template placeholders ({@code {{ hours_used }}}).
 * Math follows Pandoc's rule: the opening {@code $} has a non-space right after it, the closing one a
 * non-space right before it and no digit right after it, so {@code $5 and $6} stays money.
 */
final class NotProse {

    private static final int MAX_MATH = 300;

    private NotProse() {
    }

    static void blank(ProseBuilder prose) {
        math(prose);
        urls(prose);
        placeholders(prose);
    }

    private static void math(ProseBuilder p) {
        int n = p.length();
        int[] nextDollar = new int[n + 1];
        nextDollar[n] = -1;
        for (int i = n - 1; i >= 0; i--) {
            nextDollar[i] = p.charAt(i) == '$' ? i : nextDollar[i + 1];
        }
        int i = 0;
        while (i < n) {
            int open = nextDollar[i];
            if (open < 0) {
                return;
            }
            boolean display = open + 1 < n && p.charAt(open + 1) == '$';
            int contentStart = display ? open + 2 : open + 1;
            int close = contentStart < n ? nextDollar[contentStart] : -1;
            if (close < 0) {
                return;
            }
            int closeEnd = display && close + 1 < n && p.charAt(close + 1) == '$' ? close + 2 : close + 1;
            boolean valid = close > contentStart && close - open <= MAX_MATH
                    && !Character.isWhitespace(p.charAt(contentStart)) && !Character.isWhitespace(p.charAt(close - 1))
                    && (closeEnd >= n || !Character.isDigit(p.charAt(closeEnd)));
            if (valid) {
                p.blank(open, closeEnd);
                i = closeEnd;
            } else {
                i = open + 1;
            }
        }
    }

    private static void urls(ProseBuilder p) {
        int n = p.length();
        int i = 0;
        while (i < n) {
            if (startsUrl(p, i) && (i == 0 || !Character.isLetterOrDigit(p.charAt(i - 1)))) {
                int end = i;
                while (end < n && !Character.isWhitespace(p.charAt(end)) && p.charAt(end) != ')' && p.charAt(end) != '>') {
                    end++;
                }
                p.blank(i, end);
                i = end;
            } else {
                i++;
            }
        }
    }

    private static boolean startsUrl(ProseBuilder p, int i) {
        return regionIs(p, i, "https://") || regionIs(p, i, "http://") || regionIs(p, i, "www.");
    }

    private static void placeholders(ProseBuilder p) {
        int n = p.length();
        int i = 0;
        while (i + 1 < n) {
            if (p.charAt(i) == '{' && p.charAt(i + 1) == '{') {
                int end = i + 2;
                while (end + 1 < n && !(p.charAt(end) == '}' && p.charAt(end + 1) == '}') && end - i < MAX_MATH) {
                    end++;
                }
                if (end + 1 < n && p.charAt(end) == '}') {
                    p.blank(i, end + 2);
                    i = end + 2;
                    continue;
                }
                i = Math.max(i + 1, end - 1);
                continue;
            }
            i++;
        }
    }

    private static boolean regionIs(ProseBuilder p, int at, String s) {
        if (at + s.length() > p.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (p.charAt(at + k) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
