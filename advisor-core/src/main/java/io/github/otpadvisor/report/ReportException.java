package io.github.otpadvisor.report;

/**
 * Reports could not be rendered or written as asked, and nothing was written: a template (usually a
 * user's own) does not parse or fails (the message names template:line:column), or the output folder
 * holds files of someone else under the reports' names, is a file, or is busy with another run (the
 * message names the path and what to do).
 */
public final class ReportException extends Exception {
    public ReportException(String message) {
        super(message);
    }
}
