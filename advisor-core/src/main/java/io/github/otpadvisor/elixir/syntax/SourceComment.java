package io.github.otpadvisor.elixir.syntax;

/** A {@code #} comment as the tokenizer saw it: where it starts and its text after the {@code #}. */
public record SourceComment(int line, int column, String text) {
}
