package io.github.otpadvisor.facts;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A file's {@link RemoteCall}s stored as columns (half a million in 500 MB of source: 60 bytes each as records in a
 * list, 33 here). Every call of a file is written in that file, so its path is kept once. Read-only; each
 * {@link #get} makes the record again, an allocation the young generation takes back at once.
 */
final class RemoteCallList extends AbstractList<RemoteCall> implements RandomAccess {
    private final String file;
    /** fromModule, fromFunction, toModule, function, requestContext of each call, in fives. */
    private final String[] names;
    /** arity, line, column of each call, in threes. */
    private final int[] numbers;
    private final boolean[] inTest;

    private RemoteCallList(String file, String[] names, int[] numbers, boolean[] inTest) {
        this.file = file;
        this.names = names;
        this.numbers = numbers;
        this.inTest = inTest;
    }

    /** The calls as an unmodifiable list: columns when they share one file, else a plain copy. */
    static List<RemoteCall> of(List<RemoteCall> calls) {
        if (calls instanceof RemoteCallList) {
            return calls;
        }
        if (calls.isEmpty()) {
            return List.of();
        }
        String file = calls.get(0).file();
        for (RemoteCall c : calls) {
            if (!Objects.equals(c.file(), file)) {
                return List.copyOf(calls);
            }
        }
        int n = calls.size();
        String[] names = new String[5 * n];
        int[] numbers = new int[3 * n];
        boolean[] inTest = new boolean[n];
        for (int i = 0; i < n; i++) {
            RemoteCall c = calls.get(i);
            names[5 * i] = Interned.of(c.fromModule());
            names[5 * i + 1] = Interned.of(c.fromFunction());
            names[5 * i + 2] = Interned.of(c.toModule());
            names[5 * i + 3] = Interned.of(c.function());
            names[5 * i + 4] = Interned.of(c.requestContext());
            numbers[3 * i] = c.arity();
            numbers[3 * i + 1] = c.line();
            numbers[3 * i + 2] = c.column();
            inTest[i] = c.inTest();
        }
        return new RemoteCallList(Interned.of(file), names, numbers, inTest);
    }

    @Override
    public RemoteCall get(int index) {
        Objects.checkIndex(index, inTest.length);
        int s = 5 * index;
        int n = 3 * index;
        return new RemoteCall(names[s], names[s + 1], names[s + 2], names[s + 3], numbers[n], file, numbers[n + 1],
                numbers[n + 2], names[s + 4], inTest[index]);
    }

    @Override
    public int size() {
        return inTest.length;
    }
}
