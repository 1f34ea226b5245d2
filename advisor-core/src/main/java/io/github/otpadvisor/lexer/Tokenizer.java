package io.github.otpadvisor.lexer;

import io.github.otpadvisor.frontend.SyntaxErrorException;
import java.util.List;

/** Placeholder: being replaced by the port of elixir_tokenizer.erl. */
public final class Tokenizer {
    private Tokenizer() {
    }

    /** Tokens of a whole source, ending with {@link TokenKind#EOF}. */
    public static List<Token> tokenize(String source) throws SyntaxErrorException {
        throw new UnsupportedOperationException("tokenizer not written yet");
    }
}
