package io.github.otpadvisor.elixir.parser;

import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.lexer.Token;
import io.github.otpadvisor.elixir.syntax.SyntaxErrorException;
import java.util.List;

/**
 * The Elixir parser: tokens in, the quoted form out, exactly as Elixir 1.14's
 * {@code Code.string_to_quoted/1} (default options) returns it. A hand-written port of
 * {@code elixir_parser.yrl}: {@link ExprParser} holds the grammar, {@link Builders} and
 * {@link Interpolations} its Erlang code section, {@link ParseErrors} its error messages and
 * {@link Precedence} its operator table.
 */
public final class Parser {
    /** Nesting deeper than this (brackets, operators, blocks) is reported as a syntax error. */
    public static final int MAX_DEPTH = ExprParser.MAX_DEPTH;

    private Parser() {
    }

    /** The quoted form of a token list that ends with EOF, as Code.string_to_quoted/1 returns it. */
    public static Quoted parse(List<Token> tokens) throws SyntaxErrorException {
        return new ExprParser(tokens, 0, new ExprParser.Scratch()).parseGrammar();
    }
}
