package dev.costscope.extract;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the files under roots that match include and exclude globs, in a stable order, following
 * symbolic links as Maven's own file scanning does (a link back to a folder above is not entered
 * again); a folder that cannot be read is reported and does not hide the rest of its root. A file
 * reached by several paths (through a linked folder, a linked root or a hard link) is listed once,
 * under the first of its paths in name order. Listing a project's text files, build output and tool
 * folders ({@code target}, {@code .git}, {@code node_modules}) are not entered.
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

    /**
     * The matching regular files under the existing {@code roots}, sorted, each once; the first folder
     * or file that cannot be read fails the listing.
     */
    List<Path> list(List<Path> roots) throws IOException {
        Listing listing = walk(roots);
        if (!listing.failures().isEmpty()) {
            Failure first = listing.failures().get(0);
            throw new IOException(first.path() + ": " + first.reason());
        }
        return listing.paths();
    }

    /**
     * The matching regular files under the existing {@code roots}, sorted, each once, with their size
     * and modification time; a folder that cannot be read is a failure and the walk goes on with the
     * rest of the root.
     */
    Listing walk(List<Path> roots) {
        OnePathPerFile files = new OnePathPerFile();
        List<ListedFolder> folders = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Path given : roots) {
            if (!Files.isDirectory(given)) {
                continue;
            }
            // Every path the walk meets is this root's, resolved name by name: absolute and normal as the root is.
            Path root = given.toAbsolutePath().normalize();
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (skipBuildFolders && !dir.equals(root) && NEVER_ENTERED.contains(String.valueOf(dir.getFileName()))) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        folders.add(new ListedFolder(dir, attrs.lastModifiedTime().toMillis()));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && selected(root, file)) {
                            files.add(new ListedFile(file, attrs.size(), attrs.lastModifiedTime().toMillis()), attrs.fileKey());
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        if (e instanceof FileSystemLoopException) {
                            return FileVisitResult.CONTINUE; // a link back to a folder above: its files are listed once
                        }
                        failures.add(new Failure(file.toAbsolutePath().normalize(), reason(e)));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                        if (e != null) {
                            failures.add(new Failure(dir.toAbsolutePath().normalize(), reason(e)));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                failures.add(new Failure(root.toAbsolutePath().normalize(), reason(e)));
            }
        }
        return new Listing(files.sorted(), folders, failures);
    }

    /**
     * What a walk found: the files in order, the folders it entered (in the order it entered them), and
     * the folders or files it could not read.
     */
    record Listing(List<ListedFile> files, List<ListedFolder> folders, List<Failure> failures) {

        /** The listed files' paths, in order. */
        List<Path> paths() {
            return files.stream().map(ListedFile::path).toList();
        }
    }

    /** A listed file with the size and modification time (milliseconds) the walk saw. */
    record ListedFile(Path path, long size, long modified) {
    }

    /** A folder a walk entered, with the modification time (milliseconds) it saw. */
    record ListedFolder(Path path, long modified) {
    }

    /** A folder or file that could not be read, and why. */
    record Failure(Path path, String reason) {
    }

    /** Why a file or folder cannot be read, in a few words. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it disappeared while the build ran";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private boolean selected(Path root, Path file) {
        if (javaOnly) {
            return file.getFileName().toString().endsWith(".java");
        }
        Path relative = root.relativize(file);
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
