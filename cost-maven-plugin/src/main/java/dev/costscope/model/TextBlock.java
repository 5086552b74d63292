package dev.costscope.model;

import java.util.Optional;
import java.util.Set;

/**
 * Prose that may state a cost: a model's summary or a claim's note, the javadoc and comments of a
 * model-release type, a string constant, or a markdown file that describes the model.
 *
 * @param text         the text; characters that are not prose (markdown code, ignored lines) are
 *                     blanked so that offsets still match the file
 * @param start        where the text's first character stands
 * @param origin       what the text is, for messages: {@code ModelRelease.summary}, {@code javadoc},
 *                     {@code string constant PRICE}, {@code README.md}
 * @param suppressions the rules suppressed where the text stands
 * @param context      what lends the text meaning without being part of it: a table cell's column and
 *                     row headers and the table's caption; empty for running text
 * @param columnHeader for a table cell, its column's header, which may name the unit of a bare number
 * @param map          where each character of the text stands in its file
 */
public record TextBlock(String text, SourceLocation start, String origin, Set<String> suppressions, String context,
                        Optional<String> columnHeader, TextMap map) implements Suppressible {

    public TextBlock {
        suppressions = Set.copyOf(suppressions);
    }

    /** Running text that stands verbatim in its file from {@code start} on. */
    public TextBlock(String text, SourceLocation start, String origin, Set<String> suppressions) {
        this(text, start, origin, suppressions, "", Optional.empty(), TextMap.verbatim(text, start));
    }

    @Override
    public boolean suppresses(String ruleId) {
        return suppressions.contains(ruleId) || suppressions.contains("all");
    }

    /** Where the character at {@code offset} of the text stands in its file. */
    public SourceLocation locate(int offset) {
        return map.locate(offset);
    }
}
