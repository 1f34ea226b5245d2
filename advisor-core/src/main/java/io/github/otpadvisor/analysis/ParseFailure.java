package io.github.otpadvisor.analysis;

/** A file that could not be read or parsed: reported with its position, the others still analyzed. */
public record ParseFailure(String file, int line, int column, String message) {
    /** {@code path:line:column: message}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
