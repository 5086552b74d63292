package dev.costscope.report;

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

    /** The report in this format, as text ending with a line break. */
    String write(Report report);

    /**
     * What does not conform in {@code written}, one sentence each, checked before it is written;
     * empty when it conforms or when the format has no schema.
     */
    default List<String> violations(String written) {
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
