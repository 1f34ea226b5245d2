package io.github.otpadvisor.baseline;

/**
 * A baseline file that cannot be used. The message is complete and meant for the user as it is
 * ({@code path:line:column: what is wrong}); no parser stack trace needs to be shown.
 */
public final class BaselineException extends Exception {
    private static final long serialVersionUID = 1L;

    public BaselineException(String message) {
        super(message);
    }

    public BaselineException(String message, Throwable cause) {
        super(message, cause);
    }
}
