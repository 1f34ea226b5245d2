package io.github.otpadvisor.elixir.lexer;

/**
 * An error of elixir_interpolation's {@code {string, Line, Column, Message, Token}} kind: the caller
 * completes the message with what was being read ({@code " (for string starting at line 3)"}).
 * Other errors met while extracting are {@link io.github.otpadvisor.elixir.syntax.SyntaxErrorException}s
 * and pass through unchanged, as in Erlang.
 */
final class StringError extends RuntimeException {
    final int line;
    final int column;

    StringError(int line, int column, String message) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }
}
