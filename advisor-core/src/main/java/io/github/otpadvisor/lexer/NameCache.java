package io.github.otpadvisor.lexer;

import java.util.Arrays;

/**
 * Reuses the String of names seen before (identifiers, aliases, atoms, number texts), so
 * tokenizing a file does not allocate one String per occurrence of {@code def} or {@code conn}.
 * A direct-mapped table (a collision just replaces the entry) keyed by the caller's hash.
 * One instance per thread ({@link #forThisThread}), reused across files: entries are immutable.
 */
final class NameCache {
    private static final ThreadLocal<NameCache> PER_THREAD = ThreadLocal.withInitial(NameCache::new);

    static NameCache forThisThread() {
        return PER_THREAD.get();
    }

    private static final int SIZE = 4096;
    private final String[] names = new String[SIZE];
    private final char[][] keys = new char[SIZE][];

    /** Hash as {@link #get} expects it: {@code h = 31 * h + c} over the chars, starting from 0. */
    static int hash(char[] s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s[i];
        }
        return h;
    }

    String get(char[] s, int from, int to, int hash) {
        int slot = (hash ^ (hash >>> 12)) & (SIZE - 1);
        char[] key = keys[slot];
        if (key != null && key.length == to - from && same(key, s, from)) {
            return names[slot];
        }
        String name = new String(s, from, to - from);
        keys[slot] = Arrays.copyOfRange(s, from, to);
        names[slot] = name;
        return name;
    }

    private static boolean same(char[] key, char[] s, int from) {
        for (int i = 0; i < key.length; i++) {
            if (key[i] != s[from + i]) {
                return false;
            }
        }
        return true;
    }

    String get(char[] s, int from, int to) {
        return get(s, from, to, hash(s, from, to));
    }
}
