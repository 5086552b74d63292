package dev.costscope.maven;

import org.apache.maven.plugin.logging.Log;

/**
 * The build log the goals print to: every message passes through {@link LogText#safe}, the one
 * place where values from the project are made safe for the terminal.
 */
final class SafeLog implements Log {

    private final Log log;

    SafeLog(Log log) {
        this.log = log;
    }

    /** The log {@code log} prints to, made safe unless it already is. */
    static Log of(Log log) {
        return log instanceof SafeLog ? log : new SafeLog(log);
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        log.debug(LogText.safe(content));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(LogText.safe(content), error);
    }

    @Override
    public void debug(Throwable error) {
        log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        log.info(LogText.safe(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(LogText.safe(content), error);
    }

    @Override
    public void info(Throwable error) {
        log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        log.warn(LogText.safe(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(LogText.safe(content), error);
    }

    @Override
    public void warn(Throwable error) {
        log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        log.error(LogText.safe(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(LogText.safe(content), error);
    }

    @Override
    public void error(Throwable error) {
        log.error(error);
    }
}
