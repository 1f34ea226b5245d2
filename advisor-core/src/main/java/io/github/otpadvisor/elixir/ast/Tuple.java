package io.github.otpadvisor.elixir.ast;

import java.util.List;

/**
 * A tuple literal that is not a call. The parser makes only two-element tuples
 * ({@code {a, b}} and keyword pairs); other sizes are written as the {@code {:{}, meta, args}} call.
 */
public record Tuple(List<Quoted> items) implements Quoted {
    public Tuple {
        items = items instanceof FrozenList ? items : List.copyOf(items);
    }

    public static Tuple pair(Quoted first, Quoted second) {
        return new Tuple(FrozenList.of(first, second));
    }

    /** Elixir's printed form; iterative, so a deeply nested tree cannot overflow the stack here. */
    @Override
    public String toString() {
        return QuotedPrinter.print(this);
    }
}
