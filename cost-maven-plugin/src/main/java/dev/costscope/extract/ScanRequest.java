package dev.costscope.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What to scan.
 *
 * @param sourceRoots  roots of Java sources (for Maven, the compile and optionally test source roots);
 *                     roots that do not exist are skipped
 * @param displayBase  the directory that file names in findings are shown relative to
 * @param encoding     the encoding of the sources and of the text files
 * @param includes     glob patterns, relative to a source root, of files to scan, e.g. {@code **}{@code /*.java}
 * @param excludes     glob patterns of files to leave out
 * @param textBase     the directory that {@code textIncludes} are relative to (the project's), if text
 *                     files are read at all
 * @param textIncludes glob patterns of the text files that describe the model, e.g. {@code README.md}
 * @param textExcludes glob patterns of text files to leave out
 * @param textEncoding the encoding of the text files, apart from the sources' (a byte order mark wins)
 */
public record ScanRequest(List<Path> sourceRoots, Path displayBase, Charset encoding, List<String> includes,
                          List<String> excludes, Optional<Path> textBase, List<String> textIncludes,
                          List<String> textExcludes, Charset textEncoding) {

    /**
     * Every field, as text, written out: a record's own {@code toString} is linked at its first call,
     * which in the fresh JVM of a build costs more than the scan of an unchanged tree.
     */
    @Override
    public String toString() {
        return "ScanRequest[sourceRoots=" + sourceRoots + ", displayBase=" + displayBase + ", encoding=" + encoding
                + ", includes=" + includes + ", excludes=" + excludes + ", textBase=" + textBase + ", textIncludes="
                + textIncludes + ", textExcludes=" + textExcludes + ", textEncoding=" + textEncoding + "]";
    }

    /** The default includes: every Java file. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.java");

    /**
     * The default text files: every README and model card anywhere in the module, and the markdown
     * under docs/ ({@link TextFiles} leaves out build output, hidden folders and node_modules, and
     * matches these names case-insensitively, with {@code modelcard} and {@code Model-Card} spellings).
     */
    public static final List<String> DEFAULT_TEXT_INCLUDES = List.of("**/README*.md", "**/*MODEL_CARD*.md",
            "**/*model_card*.md", "docs/**/*.md");

    public ScanRequest {
        sourceRoots = List.copyOf(sourceRoots);
        includes = includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = List.copyOf(excludes);
        textIncludes = textIncludes.isEmpty() ? DEFAULT_TEXT_INCLUDES : List.copyOf(textIncludes);
        textExcludes = List.copyOf(textExcludes);
    }

    /** A request for Java sources only. */
    public ScanRequest(List<Path> sourceRoots, Path displayBase, Charset encoding, List<String> includes,
                       List<String> excludes) {
        this(sourceRoots, displayBase, encoding, includes, excludes, Optional.empty(), List.of(), List.of(),
                StandardCharsets.UTF_8);
    }

    /** A request for every Java file under {@code sourceRoots}, shown relative to {@code displayBase}. */
    public static ScanRequest of(List<Path> sourceRoots, Path displayBase, Charset encoding) {
        return new ScanRequest(sourceRoots, displayBase, encoding, DEFAULT_INCLUDES, List.of());
    }

    /** This request, also reading the text files under {@code base} that {@code includes} select. */
    public ScanRequest withText(Path base, List<String> includes, List<String> excludes) {
        return new ScanRequest(sourceRoots, displayBase, encoding, this.includes, this.excludes, Optional.of(base),
                includes, excludes, textEncoding);
    }

    /** This request, decoding text files with {@code charset} unless a file starts with a byte order mark. */
    public ScanRequest withTextEncoding(Charset charset) {
        return new ScanRequest(sourceRoots, displayBase, encoding, includes, excludes, textBase, textIncludes,
                textExcludes, charset);
    }
}
