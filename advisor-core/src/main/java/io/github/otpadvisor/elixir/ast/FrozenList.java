package io.github.otpadvisor.elixir.ast;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The unmodifiable lists the {@code QList.listOf}/{@code QList.copyOfRange} factories make: the
 * constructors of {@link Call}, {@link QList} and {@link Tuple} take them as they are (other lists
 * they copy with {@code List.copyOf}). Up to two elements sit in fields (as small as {@code List.of}'s),
 * more in an array no one else holds. Null elements are rejected, as in {@code List.of}.
 */
abstract sealed class FrozenList extends AbstractList<Quoted> implements RandomAccess {
    static final FrozenList EMPTY = new Small(0, null, null);

    static List<Quoted> of(Quoted e0) {
        return new Small(1, Objects.requireNonNull(e0), null);
    }

    static List<Quoted> of(Quoted e0, Quoted e1) {
        return new Small(2, Objects.requireNonNull(e0), Objects.requireNonNull(e1));
    }

    /** A list of {@code items[from..to)}, copied. */
    static List<Quoted> copyOfRange(Quoted[] items, int from, int to) {
        switch (to - from) {
            case 0:
                return EMPTY;
            case 1:
                return of(items[from]);
            case 2:
                return of(items[from], items[from + 1]);
            default:
                Quoted[] copy = Arrays.copyOfRange(items, from, to);
                for (Quoted q : copy) {
                    Objects.requireNonNull(q);
                }
                return new Many(copy);
        }
    }

    /** Zero, one or two elements. */
    private static final class Small extends FrozenList {
        private final int size;
        private final Quoted e0;
        private final Quoted e1;

        Small(int size, Quoted e0, Quoted e1) {
            this.size = size;
            this.e0 = e0;
            this.e1 = e1;
        }

        @Override
        public Quoted get(int index) {
            Objects.checkIndex(index, size);
            return index == 0 ? e0 : e1;
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** Three or more elements. */
    private static final class Many extends FrozenList {
        private final Quoted[] items;

        Many(Quoted[] items) {
            this.items = items;
        }

        @Override
        public Quoted get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }

        @Override
        public Object[] toArray() {
            return Arrays.copyOf(items, items.length, Object[].class);
        }
    }
}
