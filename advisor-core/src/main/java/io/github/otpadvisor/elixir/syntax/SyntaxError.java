package io.github.otpadvisor.elixir.syntax;

/**
 * A syntax error as Elixir reports it: 1-based line and column, and the message naming what was found
 * and what was expected. {@link #format(String)} gives the {@code path:line:column: message} form.
 */
public record SyntaxError(int line, int column, String message) {
    public String format(String path) {
        return path + ":" + line + ":" + column + ": " + message;
    }
}
