package io.github.otpadvisor.frontend;

import io.github.otpadvisor.ast.Quoted;

/** The outcome of reading one source: its quoted form, or the syntax error that stopped it. */
public record ParseResult(Quoted ast, SyntaxError error) {
    public static ParseResult of(Quoted ast) {
        return new ParseResult(ast, null);
    }

    public static ParseResult failed(SyntaxError error) {
        return new ParseResult(null, error);
    }

    public boolean ok() {
        return error == null;
    }
}
