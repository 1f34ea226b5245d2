package io.github.otpadvisor.report;

/**
 * A report could not be rendered: a template (usually a user's own) does not parse or fails. The
 * message names template:line:column; nothing was written.
 */
public final class ReportException extends Exception {
    public ReportException(String message) {
        super(message);
    }
}
