package io.github.otpadvisor.elixir.ast;

/** A float literal; Elixir floats are IEEE 754 doubles. */
public record Flt(double value) implements Quoted {
}
