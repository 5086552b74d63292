package dev.costscope.extract;

import java.nio.file.FileSystems;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/** Checks the glob patterns that select files, so that a bad one is reported before anything is read. */
public final class Globs {

    private Globs() {
    }

    /** Why {@code pattern} is not a glob the file system can match, or empty when it is one. */
    public static Optional<String> problem(String pattern) {
        String glob = pattern.strip().replace('\\', '/');
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + glob);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(e.getDescription() + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : ""));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }
}
