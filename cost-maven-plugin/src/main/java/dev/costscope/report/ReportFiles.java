package dev.costscope.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes report files whole or not at all: each to a hidden temporary file beside its target,
 * created like any file of the build (its permissions follow the umask), then moved over the
 * target. Text is written as UTF-8, a lone surrogate (which no encoding can hold) as U+FFFD.
 * Temporary files that a killed run left behind are removed by the next write to that folder.
 */
public final class ReportFiles {

    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private ReportFiles() {
    }

    /** Writes {@code content} as UTF-8 to {@code target}; a failure leaves any earlier file as it was. */
    public static void writeAtomically(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        try (ReportSet set = new ReportSet(dir, List.of(target.getFileName().toString()))) {
            set.add(target.getFileName().toString(), content);
            set.commit();
        }
    }

    /** Text written to a stream, piece by piece, so that the whole text is never held in memory. */
    @FunctionalInterface
    public interface Content {

        /** Writes the text to {@code out}. */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes what {@code content} writes, as UTF-8 (a lone surrogate as U+FFFD), to a new hidden
     * temporary file for {@code name} in {@code dir}; a failure removes the file.
     */
    static Path writeTemporary(Path dir, String name, Content content) throws IOException {
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + name + "." + PID + "-" + SEQUENCE.incrementAndGet() + ".tmp");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), encoder()), 1 << 16)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /** Moves {@code temp} over {@code target}, atomically where the file system can. */
    static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Removes the temporary files for {@code name} in {@code dir} that no running build owns: those
     * of a process that is gone, and those of older versions, which did not name their process.
     */
    static void removeStale(Path dir, String name) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        String prefix = "." + name;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, f -> {
            String file = f.getFileName().toString();
            return file.startsWith(prefix) && file.endsWith(".tmp");
        })) {
            for (Path file : files) {
                String middle = file.getFileName().toString();
                middle = middle.substring(prefix.length(), middle.length() - ".tmp".length());
                if (!ownedByALiveProcess(middle)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Whether {@code .<pid>-<n>} names a process that still runs. */
    private static boolean ownedByALiveProcess(String middle) {
        int dash = middle.indexOf('-');
        if (!middle.startsWith(".") || dash < 2 || dash > 20) {
            return false;
        }
        try {
            long pid = Long.parseLong(middle.substring(1, dash));
            Long.parseLong(middle.substring(dash + 1));
            return pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A UTF-8 encoder that writes each lone surrogate as U+FFFD. */
    private static CharsetEncoder encoder() {
        return StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\uFFFD".getBytes(StandardCharsets.UTF_8));
    }
}
