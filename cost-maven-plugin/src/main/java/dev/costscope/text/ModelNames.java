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
}
