package dev.costscope.extract;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lists the files under roots that match include and exclude globs, in a stable order. Listing a
 * project's text files, build output and tool folders ({@code target}, {@code .git},
 * {@code node_modules}) are not entered.
 */
final class SourceFiles {

    private static final Set<String> NEVER_ENTERED = Set.of("target", ".git", ".svn", ".idea", "node_modules");

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final boolean skipBuildFolders;
    /** The default selection, every Java file, decided from the name alone: no glob to match per file. */
    private final boolean javaOnly;

    /** Files of source roots: every folder is entered. */
    SourceFiles(List<String> includes, List<String> excludes) {
        this(includes, excludes, false);
    }

    SourceFiles(List<String> includes, List<String> excludes, boolean skipBuildFolders) {
        this.includes = matchers(includes);
        this.excludes = matchers(excludes);
        this.skipBuildFolders = skipBuildFolders;
        this.javaOnly = excludes.isEmpty() && includes.equals(ScanRequest.DEFAULT_INCLUDES);
    }

    /** The matching regular files under the existing {@code roots}, sorted, each once. */
    List<Path> list(List<Path> roots) throws IOException {
        TreeSet<Path> files = new TreeSet<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return skipBuildFolders && !dir.equals(root) && NEVER_ENTERED.contains(String.valueOf(dir.getFileName()))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                        if (selected(root.relativize(file))) {
                            files.add(file.toAbsolutePath().normalize());
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return new ArrayList<>(files);
    }

    private boolean selected(Path relative) {
        if (javaOnly) {
            return relative.getFileName().toString().endsWith(".java");
        }
        return matchesAny(includes, relative) && !matchesAny(excludes, relative);
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }

    /**
     * Glob matchers, where {@code **}{@code /} also matches no folder at all, as users of Maven's
     * include patterns expect: {@code docs/**}{@code /*.md} matches {@code docs/card.md}.
     */
    static List<PathMatcher> matchers(List<String> patterns) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            String glob = pattern.strip().replace('\\', '/');
            if (glob.isEmpty()) {
                continue;
            }
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            if (glob.contains("**/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.replace("**/", "")));
            }
        }
        return matchers;
    }
}
