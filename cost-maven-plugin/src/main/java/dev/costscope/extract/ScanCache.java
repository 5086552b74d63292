package dev.costscope.extract;

import dev.costscope.text.FigureTriggers;
import dev.costscope.text.TextClaimDetector;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * The files an earlier scan found to need nothing (no claim, no prose that may state a cost), so that
 * the next scan does not read them again while their size and modification time are the same.
 *
 * <p>The cache is one file in a folder of the build's output, named after a key that covers
 * everything a verdict depends on: this cache's format, the code of costscope that screened (its jar,
 * by path, size and time), the trigger vocabulary and default phrases, and the configuration of the
 * scan. A change to any of them starts an empty cache: a verdict is never trusted across a changed
 * configuration or a changed costscope. A cache that cannot be read (corrupt, truncated, of another
 * format) is ignored and written anew; a cache that cannot be written is left out. Neither ever fails
 * a scan.
 *
 * <p>A file modified within {@link #RACY_MILLIS} of the scan is not remembered: a file system with
 * a coarse clock could change it again without changing its time.
 */
final class ScanCache {

    /** How recent a file's modification may be for its verdict to be remembered. */
    static final long RACY_MILLIS = 3_000;

    private static final int FORMAT = 1;
    private static final long MAGIC = 0x636f73747363616eL; // "costscan"

    private final Path file;
    private final String key;
    private final long startedAt;
    /** What the cache file vouched for; null when there was no valid cache file to read. */
    private final Map<String, long[]> known;
    private final Map<String, long[]> learned = new ConcurrentHashMap<>();

    private ScanCache(Path file, String key, long startedAt, Map<String, long[]> known) {
        this.file = file;
        this.key = key;
        this.startedAt = startedAt;
        this.known = known;
    }

    /**
     * The cache in {@code directory} under {@code key} ({@link #key} of every setting of the scan that
     * can change a verdict): what the last scan with the same key remembered, or nothing.
     */
    static ScanCache open(Path directory, String key) {
        Path file = directory.resolve("scan-" + fileId(key) + ".cache");
        Map<String, long[]> known = read(file, key);
        return new ScanCache(file, key, System.currentTimeMillis(), known);
    }

    /** Whether {@code path} needed nothing when it last had this size and modification time. */
    boolean needsNothing(Path path, long size, long modified) {
        long[] entry = known == null ? null : known.get(path.toString());
        return entry != null && entry[0] == size && entry[1] == modified;
    }

    /** Remembers that {@code path}, of this size and time, needs nothing; safe from many threads. */
    void rememberNeedsNothing(Path path, long size, long modified) {
        if (modified < startedAt - RACY_MILLIS) {
            learned.put(path.toString(), new long[] {size, modified});
        }
    }

    /** How many files the cache could vouch for when it was opened. */
    int size() {
        return known == null ? 0 : known.size();
    }

    /**
     * Writes what this scan learned (files no longer listed are forgotten) whole or not at all. A
     * cache that cannot be written is left out: the next scan reads the files again.
     */
    void save() {
        if (unchanged()) {
            return;
        }
        dropOthers(file, "scan-");
        writeAtomically(file, out -> {
            out.writeLong(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(key);
            int count = 0;
            for (Map.Entry<String, long[]> e : learned.entrySet()) {
                if (e.getKey().getBytes(StandardCharsets.UTF_8).length < 60_000) {
                    count++;
                }
            }
            out.writeInt(count);
            for (Map.Entry<String, long[]> e : learned.entrySet()) {
                if (e.getKey().getBytes(StandardCharsets.UTF_8).length < 60_000) {
                    out.writeUTF(e.getKey());
                    out.writeLong(e.getValue()[0]);
                    out.writeLong(e.getValue()[1]);
                }
            }
            out.writeLong(MAGIC);
        });
    }

    /**
     * Deletes the other cache files named {@code prefix*.cache} beside {@code kept}: those of keys no
     * longer in use (another configuration, an earlier costscope), which would otherwise pile up.
     */
    static void dropOthers(Path kept, String prefix) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(kept.getParent(), prefix + "*.cache")) {
            for (Path file : files) {
                if (!file.getFileName().equals(kept.getFileName())) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // left for the next clean
        }
    }

    /** What a cache file holds, written to a stream. */
    interface Content {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /**
     * Writes a cache file whole or not at all: into a temporary file of the same folder, then moved
     * into place, and says whether it was. A file that cannot be written is left out; the next build
     * does without it.
     */
    static boolean writeAtomically(Path file, Content content) {
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), "scan-", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                content.writeTo(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            return false;
        }
    }

    private boolean unchanged() {
        if (known == null || learned.size() != known.size()) {
            return false;
        }
        for (Map.Entry<String, long[]> e : learned.entrySet()) {
            long[] old = known.get(e.getKey());
            if (old == null || old[0] != e.getValue()[0] || old[1] != e.getValue()[1]) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, long[]> read(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readLong() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(key)) {
                return null;
            }
            int count = in.readInt();
            if (count < 0) {
                return null;
            }
            Map<String, long[]> entries = new HashMap<>(Math.min(count, 1 << 20) * 2);
            for (int i = 0; i < count; i++) {
                entries.put(in.readUTF(), new long[] {in.readLong(), in.readLong()});
            }
            return in.readLong() == MAGIC ? entries : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Everything a verdict depends on besides the file itself, as text: {@code configuration} (the
     * scan's settings) and costscope's own code and vocabulary. The result cache shares it. Cache files
     * hold the whole key and are trusted only under the very same key; no digest stands in for it (a
     * cryptographic one would cost a fresh JVM more than the rest of an unchanged build's scan). Run
     * from a jar, the jar's identity covers the vocabulary, which is then not loaded at all; run from a
     * folder of classes, the vocabulary is named.
     */
    static String key(String configuration) {
        StringBuilder all = new StringBuilder();
        all.append("format=").append(FORMAT).append('\n');
        Optional<Path> code = code();
        all.append("code=").append(code.map(ScanCache::identity).orElse("unknown-" + System.nanoTime())).append('\n');
        if (code.isEmpty() || !Files.isRegularFile(code.get())) {
            all.append("signs=").append(FigureTriggers.SIGNS).append('\n');
            all.append("words=").append(FigureTriggers.WORDS).append('\n');
            all.append("scripts=").append(FigureTriggers.OTHER_SCRIPTS).append('\n');
            all.append("scopes=").append(TextClaimDetector.DEFAULT_SCOPE_PHRASES).append('\n');
            all.append("markers=").append(TextClaimDetector.DEFAULT_CLAIM_MARKERS).append('\n');
        }
        all.append("configuration=").append(configuration);
        return all.toString();
    }

    /** A short name for the files kept under {@code key}: keys that differ may share it, never a file's content. */
    static String fileId(String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x%08x", crc.getValue(), key.hashCode());
    }

    /** The jar (or folder) costscope runs from; empty when it cannot be told. */
    private static Optional<Path> code() {
        try {
            CodeSource source = ScanCache.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The code by path, size and modification time; without them, a key no cache has, as nothing could
     * tell two builds of costscope apart.
     */
    private static String identity(Path code) {
        try {
            return code + "|" + Files.size(code) + "|" + Files.getLastModifiedTime(code).toMillis();
        } catch (IOException | RuntimeException e) {
            return "unknown-" + System.nanoTime();
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // left for the next clean
            }
        }
    }

    /** For tests: the cache file. */
    Path file() {
        return file;
    }
}
