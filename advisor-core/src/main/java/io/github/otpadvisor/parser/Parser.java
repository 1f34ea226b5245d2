package io.github.otpadvisor.parser;

import io.github.otpadvisor.ast.Quoted;
import io.github.otpadvisor.frontend.SyntaxErrorException;
import io.github.otpadvisor.lexer.Token;
import java.util.List;

/** Placeholder: being replaced by the port of elixir_parser.yrl. */
public final class Parser {
    private Parser() {
    }

    /** The quoted form of a token list that ends with EOF, as Code.string_to_quoted/1 returns it. */
    public static Quoted parse(List<Token> tokens) throws SyntaxErrorException {
        throw new UnsupportedOperationException("parser not written yet");
    }
}
