package io.github.otpadvisor.maven;

import io.github.otpadvisor.console.ConsoleText;
import org.apache.maven.plugin.logging.Log;

/**
 * The build log of the goals: each line passes through {@link ConsoleText#line}, so a file or module name
 * from the analyzed code can neither start a forged {@code file:line:column:} line that CI problem
 * matchers read, nor send escape sequences or bidi overrides to the terminal. Throwables pass unchanged.
 */
final class EscapingLog implements Log {
    private final Log log;

    EscapingLog(Log log) {
        this.log = log;
    }

    private static String line(CharSequence content) {
        return ConsoleText.line(String.valueOf(content));
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        log.debug(line(content));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(line(content), error);
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
        log.info(line(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(line(content), error);
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
        log.warn(line(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(line(content), error);
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
        log.error(line(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(line(content), error);
    }

    @Override
    public void error(Throwable error) {
        log.error(error);
    }
}
