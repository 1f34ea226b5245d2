package io.github.otpadvisor.elixir;

import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.syntax.SourceComment;
import io.github.otpadvisor.elixir.syntax.SyntaxError;
import java.util.List;

/**
 * The outcome of reading one source: its quoted form, or the syntax error that stopped it, and the
 * comments seen (the quoted form has none; suppression directives live in them).
 *
 * @param source the text read, when kept: sketches move code as written (a handler's body), which the quoted
 *               form alone cannot give back; null otherwise
 */
public record ParseResult(Quoted ast, SyntaxError error, List<SourceComment> comments, String source) {
    public ParseResult {
        comments = List.copyOf(comments);
    }

    public ParseResult(Quoted ast, SyntaxError error, List<SourceComment> comments) {
        this(ast, error, comments, null);
    }

    /** The same result with the text it was read from. */
    public ParseResult withSource(String text) {
        return new ParseResult(ast, error, comments, text);
    }

    public static ParseResult of(Quoted ast) {
        return new ParseResult(ast, null, List.of());
    }

    public static ParseResult of(Quoted ast, List<SourceComment> comments) {
        return new ParseResult(ast, null, comments);
    }

    public static ParseResult failed(SyntaxError error) {
        return new ParseResult(null, error, List.of());
    }

    public boolean ok() {
        return error == null;
    }
}
