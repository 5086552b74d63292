package dev.costscope.text;

/**
 * Whether a text names a model the way model names are written: letters, a hyphen, then a part with a
 * digit ({@code GPT-4}, {@code MPT-7B}, {@code Sky-T1}, {@code LLaMA-7B}). Chip names ({@code A100},
 * {@code H800}) have no hyphen and do not count. One pass, linear.
 */
final class ModelNames {

    private ModelNames() {
    }

    static boolean namesOne(String text) {
        return hyphenated(text) || shortName(text);
    }

    /** A word of one letter and one digit ({@code R1}, {@code V3}, {@code o1}, {@code s1}), as short model names are written. */
    private static boolean shortName(String text) {
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            if (text.charAt(i) < 128 && Character.isLetter(text.charAt(i)) && FigureFinder.isDigit(text.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '-')
                    && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)) && text.charAt(i + 2) != '.')) {
                return true;
            }
        }
        return false;
    }

    private static boolean hyphenated(String text) {
        int n = text.length();
        int letters = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                letters++;
            } else {
                if (c == '-' && letters >= 2 && i + 1 < n) {
                    int j = i + 1;
                    while (j < n && j - i < 4 && text.charAt(j) < 128 && Character.isLetter(text.charAt(j))) {
                        j++;
                    }
                    if (j < n && FigureFinder.isDigit(text.charAt(j))) {
                        return true;
                    }
                }
                letters = 0;
            }
        }
        return false;
    }

    /** Whether a text names a chip: a capital letter and three digits ({@code A100}, {@code h800}), case-insensitively. */
    static boolean namesChip(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if ((c == 'a' || c == 'h' || c == 'v' || c == 'b' || c == 'l') && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && FigureFinder.isDigit(text.charAt(i + 1)) && FigureFinder.isDigit(text.charAt(i + 2))
                    && FigureFinder.isDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }
}
