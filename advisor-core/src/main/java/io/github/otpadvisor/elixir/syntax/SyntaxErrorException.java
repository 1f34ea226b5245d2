package io.github.otpadvisor.elixir.syntax;

/**
 * Thrown by the tokenizer and the parser to abandon a file; the {@code ElixirFrontEnd} facade turns
 * it into a {@link SyntaxError} value, so it never reaches a caller of the library.
 */
public final class SyntaxErrorException extends RuntimeException {
    private final transient SyntaxError error;

    public SyntaxErrorException(int line, int column, String message) {
        this(new SyntaxError(line, column, message));
    }

    private SyntaxErrorException(SyntaxError error) {
        super(error.line() + ":" + error.column() + ": " + error.message(), null, false, false);
        this.error = error;
    }

    public SyntaxError error() {
        return error;
    }
}
