package dev.costscope.model;

import java.util.List;

/**
 * Everything the extractor read from a project: the annotated types in a stable order, the prose
 * that may state costs, the processing errors, and how many files were looked at and how many of
 * them had to be parsed.
 */
public record SourceModel(List<DeclaredType> types, List<TextBlock> texts, List<ProcessingError> errors,
                          int filesScanned, int filesParsed) {

    public SourceModel {
        types = List.copyOf(types);
        texts = List.copyOf(texts);
        errors = List.copyOf(errors);
    }

    /** A model without prose. */
    public SourceModel(List<DeclaredType> types, List<ProcessingError> errors, int filesScanned, int filesParsed) {
        this(types, List.of(), errors, filesScanned, filesParsed);
    }

    /** The number of declared model releases. */
    public long releaseCount() {
        return types.stream().filter(t -> t.release().isPresent()).count();
    }

    /** The number of declared claims, orphans included. */
    public long claimCount() {
        return types.stream().mapToLong(t -> t.claims().size()).sum();
    }
}
