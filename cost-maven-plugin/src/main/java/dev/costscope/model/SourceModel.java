package dev.costscope.model;

import java.util.ArrayList;
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

    /** The same model, taken from the last build's scan of an unchanged tree: no file was parsed for it. */
    public SourceModel reused() {
        return new SourceModel(types, texts, errors, filesScanned, 0);
    }

    /** One model of several projects read apart, for a report over a whole build. */
    public static SourceModel merge(List<SourceModel> models) {
        List<DeclaredType> types = new ArrayList<>();
        List<TextBlock> texts = new ArrayList<>();
        List<ProcessingError> errors = new ArrayList<>();
        int scanned = 0;
        int parsed = 0;
        for (SourceModel model : models) {
            types.addAll(model.types());
            texts.addAll(model.texts());
            errors.addAll(model.errors());
            scanned += model.filesScanned();
            parsed += model.filesParsed();
        }
        return new SourceModel(types, texts, errors, scanned, parsed);
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
