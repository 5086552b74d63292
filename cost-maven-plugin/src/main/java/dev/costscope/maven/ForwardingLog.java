package dev.costscope.maven;

import org.apache.maven.plugin.logging.Log;

/**
 * A build log that prints to another, passing every line through one hook ({@link #line}) that may
 * change it or take note of it; a line that is only a stack trace is announced to {@link #traceOnly}.
 */
abstract class ForwardingLog implements Log {

    /** A line's level, as the hook sees it. */
    enum Level { DEBUG, INFO, WARN, ERROR }

    private final Log log;

    ForwardingLog(Log log) {
        this.log = log;
    }

    /** What to print for {@code content} at {@code level}; {@code error} is the stack trace printed with it, or null. */
    abstract CharSequence line(Level level, CharSequence content, Throwable error);

    /** Told of a line at {@code level} that is a stack trace alone; it is printed as it is. */
    void traceOnly(Level level) {
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        log.debug(line(Level.DEBUG, content, null));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(line(Level.DEBUG, content, error), error);
    }

    @Override
    public void debug(Throwable error) {
        traceOnly(Level.DEBUG);
        log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        log.info(line(Level.INFO, content, null));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(line(Level.INFO, content, error), error);
    }

    @Override
    public void info(Throwable error) {
        traceOnly(Level.INFO);
        log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        log.warn(line(Level.WARN, content, null));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(line(Level.WARN, content, error), error);
    }

    @Override
    public void warn(Throwable error) {
        traceOnly(Level.WARN);
        log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        log.error(line(Level.ERROR, content, null));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(line(Level.ERROR, content, error), error);
    }

    @Override
    public void error(Throwable error) {
        traceOnly(Level.ERROR);
        log.error(error);
    }
}
