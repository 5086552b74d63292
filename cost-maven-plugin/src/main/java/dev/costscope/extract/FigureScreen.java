package dev.costscope.extract;

import dev.costscope.text.FigureFinder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Decides from a file's bytes, before decoding or parsing, whether it may hold a cost figure, then
 * from its text whether it does. Most source files fail the first test and cost one pass over
 * their bytes.
 */
final class FigureScreen {

    /** The signs of a figure as Latin-1 reads the bytes of UTF-8 or any ASCII-based encoding. */
    private static final Pattern SIGN_BYTES = Pattern.compile(
            "\\$\\s?\\d|\u00e2\u0082\u00ac|\u00c2[\u00a3\u00a5]|USD|EUR|CNY|RMB|GBP|JPY|[Dd]ollar|[Ee]uro|[Yy]uan|[- ][Hh]ours?\\b");

    private static final FigureFinder FIGURES = new FigureFinder();

    private FigureScreen() {
    }

    /** Whether bytes in {@code charset} may hold a figure; always true for encodings not based on ASCII. */
    static boolean mayHoldFigure(byte[] bytes, Charset charset) {
        if (!asciiBased(charset)) {
            return true;
        }
        return SIGN_BYTES.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find();
    }

    /** Whether {@code text} holds at least one money or compute figure. */
    static boolean holdsFigure(String text) {
        return FIGURES.mayContain(text) && !FIGURES.find(text).isEmpty();
    }

    private static boolean asciiBased(Charset charset) {
        byte[] probe = "$USD".getBytes(charset);
        return probe.length == 4 && probe[0] == '$' && probe[1] == 'U';
    }
}
