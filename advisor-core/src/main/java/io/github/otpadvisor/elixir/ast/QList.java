package io.github.otpadvisor.elixir.ast;

import java.util.List;
import java.util.Objects;

/**
 * A proper list: list literals, keyword lists ({@code [a: 1]} is a list of two-element tuples),
 * charlists ({@code 'ab'} is a list of Ints) and the argument lists of calls.
 */
public record QList(List<Quoted> items) implements Quoted {
    public static final QList EMPTY = new QList(List.of());

    public QList {
        items = items instanceof FrozenList ? items : List.copyOf(items);
    }

    public static QList of(Quoted... items) {
        return new QList(List.of(items));
    }

    /**
     * An immutable list of {@code items[from..to)} (copied, nulls rejected) that the constructors of
     * {@link Call}, {@link QList} and {@link Tuple} keep as it is, without copying it again.
     */
    public static List<Quoted> copyOfRange(Quoted[] items, int from, int to) {
        Objects.checkFromToIndex(from, to, items.length);
        return FrozenList.copyOfRange(items, from, to);
    }

    /** The immutable empty list, which the constructors of Call, QList and Tuple keep as it is. */
    public static List<Quoted> listOf() {
        return FrozenList.EMPTY;
    }

    /** An immutable list of one element, which the constructors of Call, QList and Tuple keep as it is. */
    public static List<Quoted> listOf(Quoted e0) {
        return FrozenList.of(e0);
    }

    /** An immutable list of two elements, which the constructors of Call, QList and Tuple keep as it is. */
    public static List<Quoted> listOf(Quoted e0, Quoted e1) {
        return FrozenList.of(e0, e1);
    }

    /** Elixir's printed form; iterative, so a deeply nested tree cannot overflow the stack here. */
    @Override
    public String toString() {
        return QuotedPrinter.print(this);
    }
}
