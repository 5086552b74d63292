package dev.costscope.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The files and folders of one scan as its walks saw them: every listed source and text file with
 * its size and modification time, and every folder the walks entered with its modification time.
 *
 * <p>Two questions are asked of it. Whether another walk listed the same files, unchanged
 * ({@link #sameFiles}): then the last result holds. And, before any walk, whether the tree on disk is
 * still the one it describes ({@link #unchangedOnDisk}): every file with the same size and time, and
 * every folder with the same time, since adding, removing or renaming an entry changes its folder's
 * time. That costs one look at each file and folder, and no listing, sorting or matching at all.
 *
 * <p>Only a settled snapshot is trusted: none of its files modified within {@link ScanCache#RACY_MILLIS}
 * of the scan, and nothing unreadable. The quick check of the disk asks in addition that every folder
 * be settled; a snapshot with a recent folder is still compared with the next walk's.
 */
final class TreeSnapshot {

    private static final char SEPARATOR = '\u0000';
    private static final int MAX_ENTRIES = 50_000_000;
    /** From how many files the disk is looked at on two threads. */
    private static final int PARALLEL_FROM = 2_000;

    private final long startedAt;
    private final Entries files = new Entries();
    private final Entries folders = new Entries();
    private int sourceFiles = -1;
    private boolean settled = true;
    private boolean foldersSettled = true;

    /** An empty snapshot of a scan that started at {@code startedAt} (milliseconds). */
    TreeSnapshot(long startedAt) {
        this.startedAt = startedAt;
    }

    /** Adds the files and folders of the source roots' walk; comes first. */
    TreeSnapshot sources(SourceFiles.Listing listing) {
        add(listing);
        sourceFiles = files.count;
        return this;
    }

    /** Adds the files and folders of the text walk; comes second. */
    TreeSnapshot texts(SourceFiles.Listing listing) {
        add(listing);
        return this;
    }

    private void add(SourceFiles.Listing listing) {
        for (SourceFiles.ListedFile file : listing.files()) {
            files.add(file.path().toString(), file.size(), file.modified());
            settled &= settledAt(file.modified()) && file.modified() > 0;
        }
        for (SourceFiles.ListedFolder folder : listing.folders()) {
            folders.add(folder.path().toString(), -1, folder.modified());
            foldersSettled &= settledAt(folder.modified()) && folder.modified() > 0;
        }
        settled &= listing.failures().isEmpty();
    }

    /** Marks that something could not be read: the snapshot, and so the scan's result, is not remembered. */
    TreeSnapshot unreadable() {
        settled = false;
        return this;
    }

    /** Whether something modified at {@code modified} is old enough, at this scan, for its content to be trusted. */
    boolean settledAt(long modified) {
        return modified < startedAt - ScanCache.RACY_MILLIS;
    }

    /** Whether every file is old enough to be trusted and everything could be read. */
    boolean settled() {
        return settled;
    }

    /** Whether {@code other} lists the same files, in the same order, with the same sizes and times. */
    boolean sameFiles(TreeSnapshot other) {
        return sourceFiles == other.sourceFiles && files.equals(other.files);
    }

    /**
     * Whether the disk still holds this tree: each file with its size and time, each folder with its
     * time. Never true of a snapshot whose folders were too recent to be trusted. A big tree is looked
     * at on two threads, half each.
     */
    boolean unchangedOnDisk() {
        if (!settled || !foldersSettled) {
            return false;
        }
        if (files.count < PARALLEL_FROM) {
            return foldersUnchanged() && filesUnchanged(0, files.count);
        }
        int half = files.count / 2;
        boolean[] secondHalf = new boolean[1];
        Thread helper = new Thread(() -> secondHalf[0] = filesUnchanged(half, files.count), "costscope-stat");
        helper.setDaemon(true);
        helper.start();
        boolean firstHalf = foldersUnchanged() && filesUnchanged(0, half);
        try {
            helper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return firstHalf && secondHalf[0];
    }

    private boolean foldersUnchanged() {
        for (int i = 0; i < folders.count; i++) {
            if (new File(folders.paths.get(i)).lastModified() != folders.times[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean filesUnchanged(int from, int to) {
        for (int i = from; i < to; i++) {
            File file = new File(files.paths.get(i));
            if (file.lastModified() != files.times[i] || file.length() != files.sizes[i]) {
                return false;
            }
        }
        return true;
    }

    /** Writes the snapshot: its counts, its paths as one UTF-8 block, then sizes and times. */
    void write(DataOutputStream out) throws IOException {
        StringBuilder joined = new StringBuilder();
        files.paths.forEach(path -> joined.append(path).append(SEPARATOR));
        folders.paths.forEach(path -> joined.append(path).append(SEPARATOR));
        byte[] names = joined.toString().getBytes(StandardCharsets.UTF_8);
        out.writeInt(files.count);
        out.writeInt(folders.count);
        out.writeInt(sourceFiles);
        out.writeBoolean(foldersSettled);
        out.writeInt(names.length);
        out.write(names);
        for (int i = 0; i < files.count; i++) {
            out.writeLong(files.sizes[i]);
            out.writeLong(files.times[i]);
        }
        for (int i = 0; i < folders.count; i++) {
            out.writeLong(folders.times[i]);
        }
    }

    /**
     * Reads a snapshot written by {@link #write}, as settled (only settled snapshots are written);
     * {@code available} bounds what its counts may claim.
     */
    static TreeSnapshot read(DataInputStream in, long available) throws IOException {
        int fileCount = in.readInt();
        int folderCount = in.readInt();
        int sourceFiles = in.readInt();
        boolean foldersSettled = in.readBoolean();
        int length = in.readInt();
        if (fileCount < 0 || folderCount < 0 || fileCount > MAX_ENTRIES || folderCount > MAX_ENTRIES
                || sourceFiles > fileCount || length < 0 || length > available
                || fileCount * 16L + folderCount * 8L > available - length) {
            throw new IOException("not a snapshot");
        }
        byte[] names = new byte[length];
        in.readFully(names);
        String joined = new String(names, StandardCharsets.UTF_8);
        TreeSnapshot snapshot = new TreeSnapshot(Long.MAX_VALUE);
        int from = 0;
        for (int i = 0; i < fileCount + folderCount; i++) {
            int end = joined.indexOf(SEPARATOR, from);
            if (end < 0) {
                throw new IOException("not a snapshot");
            }
            String path = joined.substring(from, end);
            if (i < fileCount) {
                snapshot.files.add(path, in.readLong(), in.readLong());
            } else {
                snapshot.folders.add(path, -1, 0);
            }
            from = end + 1;
        }
        if (from != joined.length()) {
            throw new IOException("not a snapshot");
        }
        for (int i = 0; i < folderCount; i++) {
            snapshot.folders.times[i] = in.readLong();
        }
        snapshot.sourceFiles = sourceFiles;
        snapshot.foldersSettled = foldersSettled;
        return snapshot;
    }

    /** Paths with a size and a time each, in the order added. */
    private static final class Entries {
        private final List<String> paths = new ArrayList<>();
        private long[] sizes = new long[16];
        private long[] times = new long[16];
        private int count;

        void add(String path, long size, long time) {
            if (count == sizes.length) {
                sizes = Arrays.copyOf(sizes, count * 2);
                times = Arrays.copyOf(times, count * 2);
            }
            paths.add(path);
            sizes[count] = size;
            times[count] = time;
            count++;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entries other && count == other.count
                    && Arrays.equals(sizes, 0, count, other.sizes, 0, count)
                    && Arrays.equals(times, 0, count, other.times, 0, count)
                    && paths.equals(other.paths);
        }

        @Override
        public int hashCode() {
            return paths.hashCode();
        }
    }

    /** For tests: the paths of the snapshot's folders. */
    List<Path> folders() {
        return folders.paths.stream().map(Path::of).toList();
    }
}
