package io.github.otpadvisor.elixir.ast;

/** A binary that is valid UTF-8, the usual string literal ({@code "abc"}, sigil and heredoc parts). */
public record Str(String value) implements Quoted {
    public Str {
        java.util.Objects.requireNonNull(value, "value");
    }
}
