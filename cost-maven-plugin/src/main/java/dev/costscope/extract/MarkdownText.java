package dev.costscope.extract;

/**
 * The prose of a markdown file, with everything else blanked to spaces so that offsets, lines and
 * columns still match the file: fenced code blocks, inline code, HTML comments, and
 * the line after a {@code <!-- cost:ignore -->} marker.
 */
final class MarkdownText {

    /** Put on its own line, or at the end of a line, it silences costscope on the next line. */
    static final String IGNORE_MARKER = "<!-- cost:ignore -->";

    private MarkdownText() {
    }

    static String prose(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        boolean fenced = false;
        boolean ignoreNext = false;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.strip();
            boolean fence = trimmed.startsWith("```") || trimmed.startsWith("~~~");
            boolean ignored = ignoreNext && !trimmed.isEmpty();
            if (fence || fenced || ignored) {
                out.append(blank(line));
            } else {
                out.append(blankInline(line));
            }
            out.append('\n');
            if (fence) {
                fenced = !fenced;
            }
            if (trimmed.endsWith(IGNORE_MARKER)) {
                ignoreNext = true;
            } else if (!trimmed.isEmpty()) {
                ignoreNext = false;
            }
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** Inline code spans and HTML comments become spaces. */
    private static String blankInline(String line) {
        StringBuilder out = new StringBuilder(line);
        blankBetween(out, "`", "`");
        blankBetween(out, "<!--", "-->");
        return out.toString();
    }

    private static void blankBetween(StringBuilder line, String open, String close) {
        int from = 0;
        while (true) {
            int start = line.indexOf(open, from);
            if (start < 0) {
                return;
            }
            int end = line.indexOf(close, start + open.length());
            if (end < 0) {
                return;
            }
            for (int i = start; i < end + close.length(); i++) {
                line.setCharAt(i, ' ');
            }
            from = end + close.length();
        }
    }

    private static String blank(String line) {
        return " ".repeat(line.length());
    }
}
