package io.github.otpadvisor.ast;

import java.util.List;

/**
 * A proper list: list literals, keyword lists ({@code [a: 1]} is a list of two-element tuples),
 * charlists ({@code 'ab'} is a list of Ints) and the argument lists of calls.
 */
public record QList(List<Quoted> items) implements Quoted {
    public static final QList EMPTY = new QList(List.of());

    public QList {
        items = List.copyOf(items);
    }

    public static QList of(Quoted... items) {
        return new QList(List.of(items));
    }

    /** Elixir's printed form; iterative, so a deeply nested tree cannot overflow the stack here. */
    @Override
    public String toString() {
        return QuotedPrinter.print(this);
    }
}
