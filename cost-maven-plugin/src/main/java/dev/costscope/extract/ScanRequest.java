package dev.costscope.extract;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * What to scan.
 *
 * @param sourceRoots roots of Java sources (for Maven, the compile and optionally test source roots);
 *                    roots that do not exist are skipped
 * @param displayBase the directory that file names in findings are shown relative to
 * @param encoding    the encoding of the sources
 * @param includes    glob patterns, relative to a source root, of files to scan, e.g. {@code **}{@code /*.java}
 * @param excludes    glob patterns of files to leave out
 */
public record ScanRequest(List<Path> sourceRoots, Path displayBase, Charset encoding, List<String> includes,
                          List<String> excludes) {

    /** The default includes: every Java file. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.java");

    public ScanRequest {
        sourceRoots = List.copyOf(sourceRoots);
        includes = includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** A request for every Java file under {@code sourceRoots}, shown relative to {@code displayBase}. */
    public static ScanRequest of(List<Path> sourceRoots, Path displayBase, Charset encoding) {
        return new ScanRequest(sourceRoots, displayBase, encoding, DEFAULT_INCLUDES, List.of());
    }
}
