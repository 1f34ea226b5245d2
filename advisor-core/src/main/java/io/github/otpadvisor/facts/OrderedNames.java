package io.github.otpadvisor.facts;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A small unmodifiable set of strings in the order given, as one array: a function's local calls are a few names,
 * and a large tree has tens of thousands of such sets; as a {@code LinkedHashSet} each took about 250 bytes, here
 * about 40. {@link #contains} scans the array, which for a few names is as fast as hashing one.
 */
final class OrderedNames extends AbstractSet<String> {
    private final String[] names;

    private OrderedNames(String[] names) {
        this.names = names;
    }

    /** The names of {@code in} in its order, shared ({@link Interned}). */
    static Set<String> of(Set<String> in) {
        return new OrderedNames(in.stream().map(Interned::of).toArray(String[]::new));
    }

    @Override
    public boolean contains(Object o) {
        for (String s : names) {
            if (s.equals(o)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < names.length;
            }

            @Override
            public String next() {
                if (next >= names.length) {
                    throw new NoSuchElementException();
                }
                return names[next++];
            }
        };
    }

    @Override
    public int size() {
        return names.length;
    }
}
