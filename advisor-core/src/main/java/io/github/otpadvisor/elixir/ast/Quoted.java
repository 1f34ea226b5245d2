package io.github.otpadvisor.elixir.ast;

/**
 * A term of Elixir's quoted form, the value {@code Code.string_to_quoted/2} returns.
 *
 * <p>Only the shapes the parser produces exist: literals ({@link Atom}, {@link Int}, {@link Flt},
 * {@link Str}, {@link Bin}), lists, tuples and the three-element call/variable form {@link Call}.
 * Everything downstream (facts, rules) walks this model; nothing keeps tokens or source text.
 */
public sealed interface Quoted permits Atom, Int, Flt, Str, Bin, QList, Tuple, Call {
}
