package dev.costscope.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * A build log that keeps every line printed at info level or above, in order and as printed, besides
 * printing it; debug lines are printed only. A line printed with a stack trace cannot be printed again
 * the same way: then the log says it is not {@link #repeatable}.
 */
final class ReplayableLog extends ForwardingLog {

    /** One line of the log, at info level or above, and its text. */
    record Line(Level level, String text) {

        /** Prints the line again at its level. */
        void printTo(Log log) {
            switch (level) {
                case ERROR -> log.error(text);
                case WARN -> log.warn(text);
                default -> log.info(text);
            }
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private boolean repeatable = true;

    ReplayableLog(Log log) {
        super(log);
    }

    /** The lines kept so far. */
    synchronized List<Line> lines() {
        return List.copyOf(lines);
    }

    /** Whether every line kept can be printed again as it was: none came with a stack trace. */
    synchronized boolean repeatable() {
        return repeatable;
    }

    @Override
    synchronized CharSequence line(Level level, CharSequence content, Throwable error) {
        if (level != Level.DEBUG) {
            lines.add(new Line(level, String.valueOf(content)));
            repeatable &= error == null;
        }
        return content;
    }

    @Override
    synchronized void traceOnly(Level level) {
        repeatable &= level == Level.DEBUG;
    }
}
