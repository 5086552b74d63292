package dev.costscope.extract;

import dev.costscope.model.SourceModel;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The last scan's whole result, kept beside {@link ScanCache} so that a scan of a tree where nothing
 * changed parses nothing. The result is reused only when the key (the same as the scan cache's: the
 * configuration, the code of costscope, the vocabulary) and the tree are the same: every listed source
 * and text file with its size and modification time, and every file a claim's constant was looked up
 * in, present or absent. When, in addition, every folder the walks entered has its time of then, the
 * tree is known to be the same without walking it ({@link #reuseUnchanged}). A file modified within
 * {@link ScanCache#RACY_MILLIS} of the scan, or a folder that could not be read, keeps the result from
 * being remembered. A result file that cannot be read, or whose checksum does not match, is ignored;
 * one that cannot be written is left out.
 */
final class ScanResults {

    private static final int FORMAT = 2;
    private static final long MAGIC = 0x636f7374726573L; // "costres"
    private static final int MAX_PART = 1 << 30;

    private final Path file;
    private final String key;

    private ScanResults(Path file, String key) {
        this.file = file;
        this.key = key;
    }

    /** The results kept in {@code directory} under {@code key} (the scan cache's, {@link ScanCache#key}). */
    static ScanResults in(Path directory, String key) {
        return new ScanResults(directory.resolve("result-" + ScanCache.fileId(key) + ".cache"), key);
    }

    /**
     * The result remembered, if the disk still holds the tree it was found in (every file and folder
     * with its size and time) and every file its constants came from is unchanged: no walk needed.
     */
    Optional<Reused> reuseUnchanged() {
        return stored().filter(stored -> stored.tree().unchangedOnDisk()).flatMap(Stored::reused);
    }

    /**
     * The result remembered for a walk that listed {@code tree}, if it listed the same files and every
     * file the constants came from is unchanged. When only folders changed (a file outside the selection
     * came or went), the result is remembered again with their new times, for the next build's
     * {@link #reuseUnchanged}.
     */
    Optional<Reused> reuse(TreeSnapshot tree) {
        Optional<Reused> reused = stored().filter(s -> s.tree().sameFiles(tree)).flatMap(Stored::reused);
        if (reused.isPresent() && tree.settled()) {
            write(reused.get().id(), tree, reused.get().payload());
        }
        return reused;
    }

    /**
     * A remembered result found still to hold: the constants' files are unchanged. {@code id} names
     * this result among all results ever remembered; the model is decoded only when asked for.
     */
    record Reused(String id, byte[] payload) {

        /** The model, decoded; empty when the stored bytes turn out not to be one. */
        Optional<SourceModel> model() {
            try {
                ByteArrayInputStream bytes = new ByteArrayInputStream(payload);
                skipConsulted(new DataInputStream(bytes));
                return ModelCodec.read(bytes) instanceof SourceModel model && bytes.available() == 0
                        ? Optional.of(model) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    /** What a result file holds: its id, the tree it was found in, and the constants' files and the model. */
    private record Stored(String id, TreeSnapshot tree, byte[] payload) {

        Optional<Reused> reused() {
            try {
                return consultedUnchanged(new DataInputStream(new ByteArrayInputStream(payload)))
                        ? Optional.of(new Reused(id, payload)) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    private Optional<Stored> stored() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readLong() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            String id = in.readUTF();
            byte[] tree = part(in);
            byte[] payload = part(in);
            if (tree == null || payload == null || in.readLong() != MAGIC) {
                return Optional.empty();
            }
            return Optional.of(new Stored(id, TreeSnapshot.read(new DataInputStream(new ByteArrayInputStream(tree)), tree.length),
                    payload));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** One length-prefixed, checksummed part of a result file; null when it is damaged. */
    private static byte[] part(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_PART) {
            return null;
        }
        byte[] bytes = in.readNBytes(length);
        return bytes.length == length && in.readLong() == checksum(bytes) ? bytes : null;
    }

    /** Whether every file the constants were looked up in is as it was, present or absent. */
    private static boolean consultedUnchanged(DataInputStream in) throws IOException {
        int consulted = in.readInt();
        for (int i = 0; i < consulted; i++) {
            Path path = Path.of(in.readUTF());
            long size = in.readLong();
            long modified = in.readLong();
            long[] now = stat(path);
            if (now[0] != size || now[1] != modified) {
                return false;
            }
        }
        return true;
    }

    private static void skipConsulted(DataInputStream in) throws IOException {
        int consulted = in.readInt();
        for (int i = 0; i < consulted; i++) {
            in.readUTF();
            in.readLong();
            in.readLong();
        }
    }

    /**
     * Remembers {@code model} as the result of scanning {@code tree}, whose claims looked up constants
     * in {@code consulted}, and returns the id it is remembered under; nothing when a file of the tree is
     * too recent to be trusted or could not be read, or when the result could not be written.
     */
    Optional<String> remember(TreeSnapshot tree, Set<Path> consulted, SourceModel model) {
        if (!tree.settled()) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream payload = new DataOutputStream(bytes)) {
            payload.writeInt(consulted.size());
            for (Path path : consulted) {
                long[] now = stat(path);
                if (!tree.settledAt(now[1])) {
                    return Optional.empty(); // a constant's file changed while it was read, or may change unseen
                }
                payload.writeUTF(path.toString());
                payload.writeLong(now[0]);
                payload.writeLong(now[1]);
            }
            ModelCodec.write(payload, model);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a path too long to write, or a value the codec does not know: the next build scans again
        }
        byte[] payload = bytes.toByteArray();
        String id = ScanCache.fileId(key) + "-" + Long.toHexString(System.currentTimeMillis()) + "-"
                + Long.toHexString(System.nanoTime()) + "-" + Long.toHexString(checksum(payload)) + "-" + payload.length;
        return write(id, tree, payload) ? Optional.of(id) : Optional.empty();
    }

    private boolean write(String id, TreeSnapshot tree, byte[] payload) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            tree.write(out);
        } catch (IOException e) {
            return false;
        }
        byte[] snapshot = bytes.toByteArray();
        ScanCache.dropOthers(file, "result-");
        return ScanCache.writeAtomically(file, out -> {
            out.writeLong(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(key);
            out.writeUTF(id);
            out.writeInt(snapshot.length);
            out.write(snapshot);
            out.writeLong(checksum(snapshot));
            out.writeInt(payload.length);
            out.write(payload);
            out.writeLong(checksum(payload));
            out.writeLong(MAGIC);
        });
    }

    private static long checksum(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }

    /** Size and modification time of {@code path}, or -1 and -1 when there is no such file. */
    private static long[] stat(Path path) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.isRegularFile() ? new long[] {attributes.size(), attributes.lastModifiedTime().toMillis()}
                    : new long[] {-1, -1};
        } catch (NoSuchFileException e) {
            return new long[] {-1, -1};
        }
    }

    /** The key the results are kept under. */
    String key() {
        return key;
    }

    /** For tests: the result file. */
    Path file() {
        return file;
    }
}
