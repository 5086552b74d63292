package dev.costscope.extract;

import dev.costscope.model.SourceModel;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The last scan's whole result, kept beside {@link ScanCache} so that a scan of a tree where nothing
 * changed parses nothing. The result is reused only when the key (the same as the scan cache's: the
 * configuration, the code of costscope, the vocabulary) and the tree are the same: every listed source
 * and text file with its size and modification time, and every file a claim's constant was looked up
 * in, present or absent. A file modified within {@link ScanCache#RACY_MILLIS} of the scan, or a folder
 * that could not be read, keeps the result from being remembered. A result file that cannot be read,
 * or whose checksum does not match, is ignored; one that cannot be written is left out.
 */
final class ScanResults {

    private static final int FORMAT = 1;
    private static final long MAGIC = 0x636f7374726573L; // "costres"
    private static final int MAX_PAYLOAD = 1 << 30;

    private final Path file;
    private final String key;

    private ScanResults(Path file, String key) {
        this.file = file;
        this.key = key;
    }

    /** The results kept in {@code directory} under {@code key} (the scan cache's, {@link ScanCache#key}). */
    static ScanResults in(Path directory, String key) {
        return new ScanResults(directory.resolve("result-" + key.substring(0, 16) + ".cache"), key);
    }

    /** The result remembered for {@code tree}, if the tree and every file its constants came from are unchanged. */
    Optional<SourceModel> reuse(Tree tree) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readLong() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(key)
                    || !in.readUTF().equals(tree.digest())) {
                return Optional.empty();
            }
            int length = in.readInt();
            if (length < 0 || length > MAX_PAYLOAD) {
                return Optional.empty();
            }
            byte[] payload = new byte[length];
            in.readFully(payload);
            if (in.readLong() != checksum(payload) || in.readLong() != MAGIC) {
                return Optional.empty();
            }
            return read(new ByteArrayInputStream(payload));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<SourceModel> read(ByteArrayInputStream payload) throws IOException {
        DataInputStream in = new DataInputStream(payload);
        int consulted = in.readInt();
        for (int i = 0; i < consulted; i++) {
            Path path = Path.of(in.readUTF());
            long size = in.readLong();
            long modified = in.readLong();
            long[] now = stat(path);
            if (now[0] != size || now[1] != modified) {
                return Optional.empty();
            }
        }
        return ModelCodec.read(payload) instanceof SourceModel model && payload.available() == 0
                ? Optional.of(model) : Optional.empty();
    }

    /**
     * Remembers {@code model} as the result of scanning {@code tree}, whose claims looked up constants
     * in {@code consulted}; nothing when a file of the tree is too recent to be trusted or could not be read.
     */
    void remember(Tree tree, Set<Path> consulted, SourceModel model) {
        if (!tree.settled()) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream payload = new DataOutputStream(bytes)) {
            payload.writeInt(consulted.size());
            for (Path path : consulted) {
                long[] now = stat(path);
                if (!tree.settledAt(now[1])) {
                    return; // a constant's file changed while it was read, or may change unseen
                }
                payload.writeUTF(path.toString());
                payload.writeLong(now[0]);
                payload.writeLong(now[1]);
            }
            ModelCodec.write(payload, model);
        } catch (IOException | RuntimeException e) {
            return; // a path too long to write, or a value the codec does not know: the next build scans again
        }
        byte[] content = bytes.toByteArray();
        ScanCache.writeAtomically(file, out -> {
            out.writeLong(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(key);
            out.writeUTF(tree.digest());
            out.writeInt(content.length);
            out.write(content);
            out.writeLong(checksum(content));
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

    /** For tests: the result file. */
    Path file() {
        return file;
    }

    /**
     * The files of one scan as the walks saw them, summed up in a digest; whether all of them are old
     * enough to be trusted; whether every folder could be read.
     */
    static final class Tree {

        private final MessageDigest digest;
        private final long startedAt;
        private boolean settled = true;
        private String hex;

        Tree(long startedAt) {
            this.startedAt = startedAt;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        /** Adds a file with the size and modification time a walk saw. */
        Tree add(Path path, long size, long modified) {
            digest.update((path + "\u0000" + size + "\u0000" + modified + "\n").getBytes(StandardCharsets.UTF_8));
            settled &= settledAt(modified);
            return this;
        }

        /** Whether a file modified at {@code modified} is old enough, at this scan, for its content to be trusted. */
        boolean settledAt(long modified) {
            return modified < startedAt - ScanCache.RACY_MILLIS;
        }

        /** Adds a file by its path, reading its size and modification time now. */
        Tree add(Path path) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                return add(path, attributes.size(), attributes.lastModifiedTime().toMillis());
            } catch (IOException e) {
                return unreadable(path);
            }
        }

        /**
         * Adds what a walk could not read (a folder, a file): the tree differs from one where it was
         * read, and its result is not remembered.
         */
        Tree unreadable(Object what) {
            digest.update(("!" + what + "\n").getBytes(StandardCharsets.UTF_8));
            settled = false;
            return this;
        }

        /** Marks where one kind of file ends and the next begins. */
        Tree section(String name) {
            digest.update(("#" + name + "\n").getBytes(StandardCharsets.UTF_8));
            return this;
        }

        boolean settled() {
            return settled;
        }

        String digest() {
            if (hex == null) {
                hex = HexFormat.of().formatHex(digest.digest());
            }
            return hex;
        }
    }
}
