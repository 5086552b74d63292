package dev.costscope.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The output of a text writer, appended to like a {@link StringBuilder} but going straight to a
 * stream, so that a report's text is never held whole. A failure to write is thrown unchecked, and
 * {@link #to} turns it back into the {@link IOException} it was.
 */
final class StreamedText {

    /** What a writer does with its output. */
    @FunctionalInterface
    interface Body {

        /** Appends the text to {@code text}. */
        void write(StreamedText text);
    }

    private final Writer out;

    private StreamedText(Writer out) {
        this.out = out;
    }

    /** Runs {@code body} with its output going to {@code out}. */
    static void to(Writer out, Body body) throws IOException {
        try {
            body.write(new StreamedText(out));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    StreamedText append(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    StreamedText append(char c) {
        return append(String.valueOf(c));
    }

    StreamedText append(long number) {
        return append(String.valueOf(number));
    }

    StreamedText append(Object value) {
        return append(String.valueOf(value));
    }
}
