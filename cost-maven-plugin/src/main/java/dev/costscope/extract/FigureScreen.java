package dev.costscope.extract;

import dev.costscope.text.FigureFinder;
import dev.costscope.text.TextClaimDetector;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decides from a file's bytes, before decoding or parsing, whether it may hold a cost figure, then
 * from its text whether it does. Most source files fail the first test and cost one pass over
 * their bytes.
 */
final class FigureScreen {

    private static final FigureFinder FIGURES = new FigureFinder();
    private static final TextClaimDetector DETECTOR = new TextClaimDetector();

    private FigureScreen() {
    }

    /**
     * Whether bytes in {@code charset} may hold a figure: one pass looking for a currency sign before a
     * digit, a currency code or word, or "hour"; always true for encodings not based on ASCII.
     */
    static boolean mayHoldFigure(byte[] bytes, Charset charset) {
        if (!asciiBased(charset)) {
            return true;
        }
        int n = bytes.length;
        for (int i = 0; i < n; i++) {
            switch (bytes[i]) {
                case '$' -> {
                    if (i + 1 < n && (isDigit(bytes[i + 1]) || (bytes[i + 1] == ' ' && i + 2 < n && isDigit(bytes[i + 2])))) {
                        return true;
                    }
                }
                case (byte) 0xE2 -> {
                    if (at(bytes, i, EURO)) {
                        return true;
                    }
                }
                case (byte) 0xC2 -> {
                    if (i + 1 < n && (bytes[i + 1] == (byte) 0xA3 || bytes[i + 1] == (byte) 0xA5)) {
                        return true;
                    }
                }
                default -> {
                    byte[][] candidates = WORDS_BY_FIRST_BYTE[bytes[i] & 0xFF];
                    if (candidates != null) {
                        for (byte[] word : candidates) {
                            if (at(bytes, i, word)) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code text} holds at least one money or compute figure. */
    static boolean holdsFigure(String text) {
        return FIGURES.mayContain(text) && !FIGURES.find(text).isEmpty();
    }

    /**
     * Whether a Java file read for its prose may state an unscoped cost: the detector, with its
     * default phrases, run over each line that holds a figure as if it were a sentence. A line
     * mixes code with the string at most, which only adds words; a file it passes is not parsed at
     * all (a price list of {@code $0.27 per million tokens} costs no parse).
     */
    static boolean mayStateUnscopedCost(String text) {
        if (!holdsFigure(text)) {
            return false;
        }
        return text.lines().anyMatch(line -> FIGURES.mayContain(line) && !DETECTOR.unscoped(line).isEmpty());
    }

    private static final byte[] EURO = {(byte) 0xE2, (byte) 0x82, (byte) 0xAC};
    /** The currency codes and words, and "hour", indexed by their first byte. */
    private static final byte[][][] WORDS_BY_FIRST_BYTE = index("USD", "EUR", "CNY", "RMB", "GBP", "JPY", "dollar",
            "Dollar", "euro", "Euro", "yuan", "Yuan", "hour", "Hour");

    private static byte[][][] index(String... words) {
        byte[][][] table = new byte[256][][];
        for (String word : words) {
            byte[] bytes = word.getBytes(StandardCharsets.US_ASCII);
            byte[][] old = table[bytes[0] & 0xFF];
            byte[][] grown = old == null ? new byte[1][] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = bytes;
            table[bytes[0] & 0xFF] = grown;
        }
        return table;
    }

    private static boolean at(byte[] bytes, int offset, byte[] word) {
        if (offset + word.length > bytes.length) {
            return false;
        }
        for (int j = 0; j < word.length; j++) {
            if (bytes[offset + j] != word[j]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean asciiBased(Charset charset) {
        byte[] probe = "$USD".getBytes(charset);
        return probe.length == 4 && probe[0] == '$' && probe[1] == 'U';
    }
}
