package dev.costscope.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Lists the files under source roots that match include and exclude globs, in a stable order. */
final class SourceFiles {

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    SourceFiles(List<String> includes, List<String> excludes) {
        this.includes = matchers(includes);
        this.excludes = matchers(excludes);
    }

    /** The matching regular files under the existing {@code roots}, sorted, each once. */
    List<Path> list(List<Path> roots) throws IOException {
        TreeSet<Path> files = new TreeSet<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(file -> selected(root.relativize(file)))
                        .forEach(file -> files.add(file.toAbsolutePath().normalize()));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return new ArrayList<>(files);
    }

    private boolean selected(Path relative) {
        return matchesAny(includes, relative) && !matchesAny(excludes, relative);
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }

    /**
     * Glob matchers; a pattern starting with {@code **}{@code /} also matches files directly in the
     * root, as users of Maven's include patterns expect.
     */
    private static List<PathMatcher> matchers(List<String> patterns) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            String glob = pattern.strip().replace('\\', '/');
            if (glob.isEmpty()) {
                continue;
            }
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            if (glob.startsWith("**/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
            }
        }
        return matchers;
    }
}
