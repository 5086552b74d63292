package dev.costscope.maven;

/**
 * Makes text from the project safe to print on one line of a terminal: line breaks, other control
 * characters (ANSI escapes, NUL), Unicode direction overrides and lone surrogates are shown as
 * escapes ({@code \n}, {@code \u001B}), so that a value can neither forge a log line nor drive the
 * terminal.
 */
final class LogText {

    private LogText() {
    }

    /** {@code text} with every character that could break or drive the log escaped. */
    static String safe(CharSequence text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(text, i, c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text.toString() : out.toString();
    }

    private static String escape(CharSequence text, int i, char c) {
        if (c == '\n') {
            return "\\n";
        }
        if (c == '\r') {
            return "\\r";
        }
        if (c == '\t') {
            return null;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || isDirectionControl(c) || isLoneSurrogate(text, i, c)) {
            return String.format("\\u%04X", (int) c);
        }
        return null;
    }

    private static boolean isDirectionControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    private static boolean isLoneSurrogate(CharSequence text, int i, char c) {
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
