package dev.costscope.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One output format of the report. Implementations are stateless and only format what the report
 * holds; each is listed once in {@link ReportWriters}. Adding a format means a writer and a line there.
 */
public interface ReportWriter {

    /** The format's id as a user selects it in {@code cost.formats}, e.g. {@code json}. */
    String id();

    /** The file name extension, without the dot, e.g. {@code json}, {@code sarif}, {@code cdx.json}. */
    String extension();

    /** The media type of what {@link #write} returns, e.g. {@code application/json}. */
    String mediaType();

    /**
     * Writes the report in this format to {@code out}, as text ending with a line break, piece by
     * piece: a writer holds no more than one claim's part of the text at a time where it can.
     */
    void write(Report report, Writer out) throws IOException;

    /** The report in this format, as text ending with a line break. */
    default String write(Report report) {
        StringWriter out = new StringWriter();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * What does not conform in {@code written}, one sentence each; empty when it conforms or when the
     * format has no schema.
     */
    default List<String> violations(String written) {
        return List.of();
    }

    /**
     * What does not conform in the report written to {@code file} (UTF-8), one sentence each, checked
     * before the file is put in place; empty when it conforms or when the format has no schema.
     */
    default List<String> violations(Path file) {
        return List.of();
    }

    /**
     * The classifier the written file is attached to the build with, given the goal's own
     * classifier ({@code costscope}); empty when this format is not attached.
     */
    default Optional<String> classifier(String goalClassifier) {
        return Optional.empty();
    }

    /** The file this format is written to: {@code <baseName>.<extension>}. */
    default String fileName(String baseName) {
        return baseName + "." + extension();
    }
}
