package dev.costscope.maven;

import dev.costscope.report.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * What the last check of a project printed and decided, kept in the project's cache so that a check of
 * the same sources under the same configuration repeats it without analysing or linting anything.
 *
 * <p>It is kept under a key, written out whole, that names the scan's remembered result (the same id means the same model)
 * and every setting that decides how that model is judged and printed. One file per project holds the
 * last check; a file that is damaged, of another format or of another key is ignored, one that cannot
 * be written is left out. Neither ever changes what a build prints or decides.
 */
final class CheckReplay {

    /** The file in the cache folder. */
    static final String FILE = "check-replay.txt";

    private static final String HEADER = "costscope check replay 2";
    /** The tag of the row that says how the check failed the build, after the lines it printed. */
    private static final String FAILURE = "FAILURE";
    private static final String END = ".";

    private final List<ReplayableLog.Line> lines;
    private final Optional<String> failure;

    private CheckReplay(List<ReplayableLog.Line> lines, Optional<String> failure) {
        this.lines = lines;
        this.failure = failure;
    }

    /** The check kept in {@code directory} under {@code key}, if there is one. */
    static Optional<CheckReplay> find(Path directory, String key) {
        Path file = directory.resolve(FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String[] rows = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
            if (rows.length < 4 || !rows[0].equals(HEADER) || !rows[1].equals(escape(key))
                    || !rows[rows.length - 1].isEmpty() || !rows[rows.length - 2].equals(END)) {
                return Optional.empty();
            }
            List<ReplayableLog.Line> lines = new ArrayList<>();
            Optional<String> failure = Optional.empty();
            for (int i = 2; i < rows.length - 2; i++) {
                String row = rows[i];
                int space = row.indexOf(' ');
                if (space < 0 || failure.isPresent()) {
                    return Optional.empty();
                }
                String tag = row.substring(0, space);
                String text = unescape(row.substring(space + 1));
                if (tag.equals(FAILURE)) {
                    failure = Optional.of(text);
                } else {
                    ForwardingLog.Level level = ForwardingLog.Level.valueOf(tag);
                    if (level == ForwardingLog.Level.DEBUG) {
                        return Optional.empty();
                    }
                    lines.add(new ReplayableLog.Line(level, text));
                }
            }
            return Optional.of(new CheckReplay(lines, failure));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps in {@code directory}, under {@code key}, a check that printed {@code lines} and failed the
     * build with {@code failure} when present.
     */
    static void remember(Path directory, String key, List<ReplayableLog.Line> lines, Optional<String> failure) {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append(escape(key)).append('\n');
        for (ReplayableLog.Line line : lines) {
            text.append(line.level().name()).append(' ').append(escape(line.text())).append('\n');
        }
        failure.ifPresent(message -> text.append(FAILURE).append(' ').append(escape(message)).append('\n'));
        text.append(END).append('\n');
        try {
            ReportFiles.writeAtomically(directory.resolve(FILE), text.toString());
        } catch (IOException | RuntimeException e) {
            // left out: the next check judges again
        }
    }

    /** Prints the kept lines again, each at its level, then fails the build as the check did. */
    void replayTo(Log log) throws MojoFailureException {
        lines.forEach(line -> line.printTo(log));
        if (failure.isPresent()) {
            throw new MojoFailureException(failure.get());
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == text.length()) {
                throw new IllegalArgumentException("a lone backslash");
            }
            char next = text.charAt(i);
            out.append(switch (next) {
                case 'n' -> '\n';
                case 'r' -> '\r';
                case '\\' -> '\\';
                default -> throw new IllegalArgumentException("an unknown escape");
            });
        }
        return out.toString();
    }
}
