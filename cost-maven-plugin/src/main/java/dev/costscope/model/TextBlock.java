package dev.costscope.model;

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
 */
public record TextBlock(String text, SourceLocation start, String origin, Set<String> suppressions)
        implements Suppressible {

    public TextBlock {
        suppressions = Set.copyOf(suppressions);
    }

    @Override
    public boolean suppresses(String ruleId) {
        return suppressions.contains(ruleId) || suppressions.contains("all");
    }

    /** Where the character at {@code offset} stands: lines after the first start at column 1. */
    public SourceLocation locate(int offset) {
        int line = start.line();
        int lineStart = -1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i;
            }
        }
        int column = lineStart < 0 ? start.column() + offset : offset - lineStart;
        return new SourceLocation(start.file(), line, column);
    }
}
