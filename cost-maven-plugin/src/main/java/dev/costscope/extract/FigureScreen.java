package dev.costscope.extract;

import dev.costscope.text.FigureFinder;
import dev.costscope.text.TextClaimDetector;
import java.nio.charset.Charset;

/**
 * Decides from a Java file's bytes, before it is decoded or parsed, whether the text rule may need
 * it: whether a line of it may state a training cost without its scope. One pass over the bytes
 * follows Java's lexical structure (code, comments, string and character literals, text blocks) and
 * looks for the trigger vocabulary ({@link ByteTriggers}) only where prose can be: in comments and
 * literals, since only those become the texts the rule judges. Only the lines holding a trigger are
 * decoded and judged, each as if it were a sentence, with the detector's default phrases; most files
 * cost the one pass, whose work is a byte comparison per byte and needs no warmed-up regular
 * expression.
 *
 * <p>A file with a Unicode escape ({@code \\u0024}) may hide a quote or a trigger from the pass: there
 * every line that holds a trigger anywhere, or an escape, is judged. For encodings in which ASCII is
 * not ASCII (UTF-16) the file is decoded and every line judged.
 */
final class FigureScreen {

    private static final FigureFinder FIGURES = new FigureFinder();
    private static final TextClaimDetector DETECTOR = new TextClaimDetector();

    private final Charset charset;
    /** Null when the encoding cannot be screened by bytes. */
    private final ByteTriggers triggers;

    FigureScreen(Charset charset) {
        this.charset = charset;
        this.triggers = ByteTriggers.usable(charset) ? ByteTriggers.of(charset) : null;
    }

    /** Whether {@code text} holds at least one money or compute figure. */
    static boolean holdsFigure(String text) {
        return FIGURES.mayContain(text) && !FIGURES.find(text).isEmpty();
    }

    /** Whether a Java file of these bytes may state an unscoped cost in a comment or literal. */
    boolean mayStateUnscopedCost(byte[] bytes) {
        if (triggers == null) {
            return new String(bytes, charset).lines().anyMatch(FigureScreen::statesUnscopedCost);
        }
        boolean escapes = hasUnicodeEscape(bytes);
        int n = bytes.length;
        Lexical state = Lexical.CODE;
        int lineStart = 0;
        boolean candidate = false;
        for (int i = 0; i < n; i++) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r') {
                if (candidate && statesUnscopedCost(bytes, lineStart, i)) {
                    return true;
                }
                lineStart = i + 1;
                candidate = false;
                if (state == Lexical.LINE_COMMENT || state == Lexical.STRING || state == Lexical.CHAR) {
                    state = Lexical.CODE;
                }
                continue;
            }
            if (!candidate && (escapes || state != Lexical.CODE)) {
                candidate = triggers.at(bytes, i, n) || (escapes && b == '\\' && i + 1 < n && bytes[i + 1] == 'u');
            }
            switch (state) {
                case CODE -> {
                    if (b == '/' && i + 1 < n && bytes[i + 1] == '/') {
                        state = Lexical.LINE_COMMENT;
                        i++;
                    } else if (b == '/' && i + 1 < n && bytes[i + 1] == '*') {
                        state = Lexical.BLOCK_COMMENT;
                        i++;
                    } else if (b == '"') {
                        if (i + 2 < n && bytes[i + 1] == '"' && bytes[i + 2] == '"') {
                            state = Lexical.TEXT_BLOCK;
                            i += 2;
                        } else {
                            state = Lexical.STRING;
                        }
                    } else if (b == '\'') {
                        state = Lexical.CHAR;
                    }
                }
                case BLOCK_COMMENT -> {
                    if (b == '*' && i + 1 < n && bytes[i + 1] == '/') {
                        state = Lexical.CODE;
                        i++;
                    }
                }
                case STRING, CHAR, TEXT_BLOCK -> {
                    if (b == '\\') {
                        if (i + 1 < n && bytes[i + 1] != '\n' && bytes[i + 1] != '\r') {
                            i++;
                        }
                    } else if (state == Lexical.STRING ? b == '"' : state == Lexical.CHAR ? b == '\''
                            : b == '"' && i + 2 < n && bytes[i + 1] == '"' && bytes[i + 2] == '"') {
                        if (state == Lexical.TEXT_BLOCK) {
                            i += 2;
                        }
                        state = Lexical.CODE;
                    }
                }
                case LINE_COMMENT -> {
                    // to the end of the line
                }
            }
        }
        return candidate && statesUnscopedCost(bytes, lineStart, n);
    }

    /** Where the pass is in Java's lexical structure. */
    private enum Lexical { CODE, LINE_COMMENT, BLOCK_COMMENT, STRING, CHAR, TEXT_BLOCK }

    private boolean statesUnscopedCost(byte[] bytes, int start, int end) {
        return statesUnscopedCost(new String(bytes, start, end - start, charset));
    }

    /**
     * The detector, with its default phrases, over one line as if it were a sentence. A line mixes
     * code with the string at most, which only adds words; a file no line of which passes is not
     * parsed at all (a price list of {@code $0.27 per million tokens} costs no parse).
     */
    private static boolean statesUnscopedCost(String line) {
        String text = line.contains("\\u") ? unicodeUnescaped(line) : line;
        return FIGURES.mayContain(text) && !DETECTOR.unscoped(text).isEmpty();
    }

    /** {@code line} with its Unicode escapes ({@code \\u0024}, {@code \\uu0024}) replaced by what they stand for. */
    static String unicodeUnescaped(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < n && line.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < n && line.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 <= n && isHex(line, j, j + 4)) {
                    out.append((char) Integer.parseInt(line, j, j + 4, 16));
                    i = j + 3;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasUnicodeEscape(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\\' && bytes[i + 1] == 'u') {
                return true;
            }
        }
        return false;
    }
}
