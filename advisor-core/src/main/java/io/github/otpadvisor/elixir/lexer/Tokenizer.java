package io.github.otpadvisor.elixir.lexer;

import io.github.otpadvisor.elixir.syntax.SourceComment;
import io.github.otpadvisor.elixir.syntax.SyntaxErrorException;
import java.util.List;

/**
 * Elixir 1.14's tokenizer ({@code elixir_tokenizer} with {@code elixir_interpolation}) in Java:
 * the same tokens, positions and error messages as {@code :elixir_tokenizer.tokenize/3} with the
 * options {@code Code.string_to_quoted/2} uses by default. See {@link Token} for the token contract.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    /** Sources up to this many chars reuse a per-thread buffer; tokens never refer to it. */
    private static final int REUSED_BUFFER_CHARS = 1 << 22;
    private static final ThreadLocal<char[]> BUFFER = new ThreadLocal<>();

    private static char[] buffer(int length) {
        char[] buffer = BUFFER.get();
        if (buffer != null && buffer.length >= length) {
            return buffer;
        }
        if (length > REUSED_BUFFER_CHARS) {
            return new char[length];
        }
        buffer = new char[Math.max(length, 1 << 16)];
        BUFFER.set(buffer);
        return buffer;
    }

    /** Tokens of a whole source, ending with {@link TokenKind#EOF}; errors as Elixir reports them. */
    public static List<Token> tokenize(String source) throws SyntaxErrorException {
        return tokenize(source, null);
    }

    /** As {@link #tokenize(String)}, also appending the source's comments to {@code comments} when not null. */
    public static List<Token> tokenize(String source, List<SourceComment> comments) throws SyntaxErrorException {
        int length = source.length();
        char[] chars = buffer(length);
        source.getChars(0, length, chars, 0);
        Lexer lexer = new Lexer(chars, length);
        lexer.comments = comments;
        try {
            lexer.run();
        } catch (SyntaxErrorException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // Defensive: a defect must surface as a syntax error, never as another throwable.
            throw new SyntaxErrorException(lexer.line(), lexer.column(), "internal tokenizer error: " + e);
        }
        lexer.tokens.add(new Token(TokenKind.EOF, lexer.line(), lexer.column(), null, null));
        return lexer.tokens;
    }
}
