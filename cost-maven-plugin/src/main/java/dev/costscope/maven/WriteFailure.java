package dev.costscope.maven;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * A report or baseline file that cannot be written, in the user's words: the path, why (a file where
 * a folder should be, a folder where the file should be, permission denied, disk full: what the file
 * system said, without the Java exception around it), and the parameter that chooses the path.
 */
final class WriteFailure {

    private WriteFailure() {
    }

    /**
     * The error for {@code what} (such as "the report") not written to {@code target} because of
     * {@code e}; {@code setting} names what chose the path, such as
     * {@code <outputDirectory> (cost.outputDirectory)}.
     */
    static MojoExecutionException of(String what, Path target, IOException e, String setting) {
        return new MojoExecutionException("costscope: " + what + " cannot be written to " + LogText.safe(target.toString())
                + ": " + reason(e) + "; fix that, or set " + setting + " to a path the build can write");
    }

    /** Why {@code e} happened, in a few words that name the path in the way, safe to print. */
    static String reason(IOException e) {
        return LogText.safe(words(e));
    }

    private static String words(IOException e) {
        Path file = e instanceof FileSystemException f ? shown(f) : null;
        if (file != null) {
            Path notAFolder = fileInTheWay(file);
            if (notAFolder != null && (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
                    || "Not a directory".equals(((FileSystemException) e).getReason()))) {
                return notAFolder + " is a file, not a folder";
            }
            if (e instanceof DirectoryNotEmptyException) {
                return file + " is a folder that is not empty";
            }
            if (Files.isDirectory(file) && "Is a directory".equals(((FileSystemException) e).getReason())) {
                return file + " is a folder";
            }
            if (e instanceof AccessDeniedException) {
                return "permission denied on " + file;
            }
            if (e instanceof NoSuchFileException) {
                return file + " does not exist";
            }
            if (e instanceof FileAlreadyExistsException) {
                return file + " already exists";
            }
            String reason = ((FileSystemException) e).getReason();
            return reason == null ? file + ": " + e.getClass().getSimpleName() : sentence(reason) + " (" + file + ")";
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : sentence(e.getMessage());
    }

    /** The first of {@code path} and its parents that exists and is not a folder; null when there is none. */
    private static Path fileInTheWay(Path path) {
        for (Path p = path; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }

    /**
     * The path {@code e} is about, as the user knows it: a hidden temporary file is never named, the
     * file it was being moved to is, or else its folder; null when {@code e} names no path.
     */
    private static Path shown(FileSystemException e) {
        if (e.getFile() == null) {
            return null;
        }
        Path file = Path.of(e.getFile());
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (!name.startsWith(".") || !name.endsWith(".tmp")) {
            return file;
        }
        return e.getOtherFile() != null ? Path.of(e.getOtherFile()) : file.getParent() != null ? file.getParent() : file;
    }

    /** {@code text} with a lower case first letter, as the middle of a sentence. */
    private static String sentence(String text) {
        String line = text.strip();
        return line.isEmpty() ? line : line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1);
    }
}
