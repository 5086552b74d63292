package dev.costscope.report;

/**
 * Makes any value inert in a Markdown report (CommonMark with GitHub's tables): no raw HTML, no
 * link, no emphasis, no code span, no table cell break, no line break, no block started by the
 * value itself. A reader's renderer shows the value's characters and nothing else.
 */
final class MarkdownEscape {

    /** ASCII punctuation that can open or close inline markup, or split a table cell. */
    private static final String INLINE = "\\`*[]<>|~";

    private MarkdownEscape() {
    }

    /**
     * {@code text} as literal inline Markdown: every markup character backslash-escaped, every line
     * break (CR, LF, and the other Unicode line and paragraph separators) a space, and a leading
     * character that would start a block ({@code #}, {@code -}, {@code +}, {@code =}, an ordered-list
     * number) escaped too. Underscores inside a word and ampersands that start no character reference
     * stay as they are, since they can do nothing.
     */
    static String text(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                out.append(' ');
            } else if (INLINE.indexOf(c) >= 0 || (c == '#' || c == '-' || c == '+' || c == '=') && i == 0
                    || c == '_' && !isIntraword(text, i) || c == '&' && isEntity(text, i)) {
                out.append('\\').append(c);
            } else if ((c == '.' || c == ')') && isLeadingNumber(text, i)
                    && (i + 1 == text.length() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@code text} as a code span: fenced with one backtick more than its longest run of backticks,
     * line breaks as spaces, and pipes escaped so that it can sit in a table cell (GitHub removes
     * the backslash before rendering the span).
     */
    static String code(String text) {
        String flat = text.chars().map(c -> isLineBreak((char) c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                .replace("|", "\\|");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < flat.length(); i++) {
            run = flat.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = flat.startsWith("`") || flat.endsWith("`") || flat.isBlank() ? " " : "";
        return fence + pad + flat + pad + fence;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    /** Whether an underscore sits between two letters or digits, where it can open no emphasis. */
    private static boolean isIntraword(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** Whether an ampersand starts something a renderer could read as a character reference. */
    private static boolean isEntity(String text, int i) {
        int j = i + 1;
        if (j < text.length() && text.charAt(j) == '#') {
            j++;
        }
        int start = j;
        while (j < text.length() && j - start < 32 && Character.isLetterOrDigit(text.charAt(j))) {
            j++;
        }
        return j > start && j < text.length() && text.charAt(j) == ';';
    }

    /** Whether the text before {@code i} is all digits (1-9 of them), as in an ordered-list marker. */
    private static boolean isLeadingNumber(String text, int i) {
        if (i == 0 || i > 9) {
            return false;
        }
        for (int j = 0; j < i; j++) {
            if (!Character.isDigit(text.charAt(j)) || text.charAt(j) > '9') {
                return false;
            }
        }
        return true;
    }
}
