package dev.costscope.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files a walk lists, each once however many paths reach it (a linked folder or root, a hard
 * link), so that a file is read and reported once, under the same path in every build whatever
 * order the walk met them in: its path through no link if it has one, else the first in name order.
 * Files are told apart by the key the file system gives them (device and inode); where it gives
 * none, every path is its own file.
 */
final class OnePathPerFile {

    private final TreeMap<Path, SourceFiles.ListedFile> files = new TreeMap<>();
    private final Map<Object, Path> pathOf = new HashMap<>();

    /** Lists {@code file}, whose file system key is {@code fileKey} (may be null), unless a path before it names the same file. */
    void add(SourceFiles.ListedFile file, Object fileKey) {
        if (fileKey != null) {
            Path before = pathOf.get(fileKey);
            if (before != null && !preferred(file.path(), before)) {
                return;
            }
            if (before != null) {
                files.remove(before);
            }
            pathOf.put(fileKey, file.path());
        }
        files.put(file.path(), file);
    }

    /** Whether {@code path} stands for its file rather than {@code other}; asked only of the few files with two paths. */
    private static boolean preferred(Path path, Path other) {
        boolean direct = direct(path);
        if (direct != direct(other)) {
            return direct;
        }
        return path.compareTo(other) < 0;
    }

    /** Whether {@code path} passes through no link. */
    private static boolean direct(Path path) {
        try {
            return path.toRealPath().equals(path);
        } catch (IOException e) {
            return false;
        }
    }

    /** The listed files in path order. */
    List<SourceFiles.ListedFile> sorted() {
        return new ArrayList<>(files.values());
    }
}
