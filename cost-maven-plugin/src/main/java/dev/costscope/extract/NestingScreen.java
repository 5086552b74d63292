package dev.costscope.extract;

/**
 * A linear look at Java source text before it is parsed: brackets nested deeper than
 * {@link #MAX_NESTING} levels, or more than {@link #MAX_CHAIN} operators in one run of an expression,
 * would exhaust the parser's stack, so such a file is turned down with the place where the bound is
 * passed. Strings, character literals, text blocks and comments are skipped.
 */
final class NestingScreen {

    /** Deeper bracket nesting than this is refused; real code stays far below it. */
    static final int MAX_NESTING = 400;

    /** More binary operators than this between two of {@code ; , { }} are refused. */
    static final int MAX_CHAIN = 2_000;

    private NestingScreen() {
    }

    /** Where and why {@code text} passes a bound, or null when it does not. */
    static Excess check(String text) {
        Cursor at = new Cursor();
        int depth = 0;
        int chain = 0;
        int n = text.length();
        while (at.index < n) {
            char c = text.charAt(at.index);
            if (c == '/' && at.index + 1 < n && text.charAt(at.index + 1) == '/') {
                at.skipUntil(text, "\n");
                continue;
            }
            if (c == '/' && at.index + 1 < n && text.charAt(at.index + 1) == '*') {
                at.advance(text, 2);
                at.skipUntil(text, "*/");
                continue;
            }
            if (c == '"' && text.startsWith("\"\"\"", at.index)) {
                at.advance(text, 3);
                at.skipQuoted(text, "\"\"\"");
                continue;
            }
            if (c == '"' || c == '\'') {
                at.advance(text, 1);
                at.skipQuoted(text, String.valueOf(c));
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
                if (depth > MAX_NESTING) {
                    return new Excess(at.line, at.column, "brackets nested more than " + MAX_NESTING
                            + " levels deep; costscope does not read such a file");
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
            if (c == ';' || c == ',' || c == '{' || c == '}') {
                chain = 0;
            } else if ("+-*/%&|^<>?".indexOf(c) >= 0) {
                chain++;
                if (chain > MAX_CHAIN) {
                    return new Excess(at.line, at.column, "more than " + MAX_CHAIN
                            + " operators in one expression; costscope does not read such a file");
                }
            }
            at.advance(text, 1);
        }
        return null;
    }

    /** The first place a bound is passed. */
    record Excess(int line, int column, String reason) {
    }

    /** A position in the text, with its line and column. */
    private static final class Cursor {
        int index;
        int line = 1;
        int column = 1;

        void advance(String text, int count) {
            for (int i = 0; i < count && index < text.length(); i++) {
                if (text.charAt(index) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
                index++;
            }
        }

        /** Moves past the next {@code end}, or to the end of the text. */
        void skipUntil(String text, String end) {
            while (index < text.length() && !text.startsWith(end, index)) {
                advance(text, 1);
            }
            advance(text, end.length());
        }

        /** Moves past the closing {@code quote} of a literal, honouring backslash escapes. */
        void skipQuoted(String text, String quote) {
            while (index < text.length() && !text.startsWith(quote, index)) {
                if (quote.length() == 1 && text.charAt(index) == '\n') {
                    return;
                }
                advance(text, text.charAt(index) == '\\' ? 2 : 1);
            }
            advance(text, quote.length());
        }
    }
}
