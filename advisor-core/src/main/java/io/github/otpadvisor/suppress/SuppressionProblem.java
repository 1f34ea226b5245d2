package io.github.otpadvisor.suppress;

/** A suppression comment that is malformed or suppressed nothing; reported so stale ones get cleaned up. */
public record SuppressionProblem(String file, int line, int column, Kind kind, String message) {
    public enum Kind { MALFORMED, UNUSED }

    /** {@code path:line:column: warning [suppression] message}. */
    public String format() {
        return file + ":" + line + ":" + column + ": warning [suppression] " + message;
    }
}
