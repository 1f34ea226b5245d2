package io.github.otpadvisor.run;

/**
 * A run that started but could not finish its output: a report, baseline or decision file that cannot be
 * written, or a user's template that fails. The message is complete for the user; the cause is kept for
 * debugging.
 */
public final class RunException extends Exception {
    private static final long serialVersionUID = 1L;

    public RunException(String message, Throwable cause) {
        super(message, cause);
    }
}
