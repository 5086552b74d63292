package dev.costscope.maven;

import org.apache.maven.plugin.logging.Log;

/**
 * The build log the goals print to: every message passes through {@link LogText#safe}, the one
 * place where values from the project are made safe for the terminal.
 */
final class SafeLog extends ForwardingLog {

    SafeLog(Log log) {
        super(log);
    }

    /** The log {@code log} prints to, made safe unless it already is. */
    static Log of(Log log) {
        return log instanceof SafeLog ? log : new SafeLog(log);
    }

    @Override
    CharSequence line(Level level, CharSequence content, Throwable error) {
        return LogText.safe(content);
    }
}
