package io.github.otpadvisor.lexer;

/**
 * Reuses the String of names seen before (identifiers, aliases, atoms, number texts), so
 * tokenizing a file does not allocate one String per occurrence of {@code def} or {@code conn}.
 * A direct-mapped table (a collision just replaces the entry) keyed by the caller's hash; hashes,
 * lengths and the chars of short names sit in flat arrays so a lookup touches little memory.
 * One instance per thread ({@link #forThisThread}), reused across files: entries are immutable.
 */
final class NameCache {
    private static final ThreadLocal<NameCache> PER_THREAD = ThreadLocal.withInitial(NameCache::new);
    private static final int SIZE = 4096;
    /** Names up to this length keep their chars in the flat {@link #chars}; longer ones in {@link #longKeys}. */
    private static final int WIDTH = 32;

    private final int[] hashes = new int[SIZE];
    private final int[] lengths = new int[SIZE];
    private final char[] chars = new char[SIZE * WIDTH];
    private final String[] names = new String[SIZE];
    /** The chars of names longer than {@link #WIDTH}. */
    private final char[][] longKeys = new char[SIZE][];

    static NameCache forThisThread() {
        return PER_THREAD.get();
    }

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
        int len = to - from;
        if (hashes[slot] == hash && lengths[slot] == len && names[slot] != null && same(slot, s, from, len)) {
            return names[slot];
        }
        String name = new String(s, from, len);
        hashes[slot] = hash;
        lengths[slot] = len;
        names[slot] = name;
        if (len <= WIDTH) {
            System.arraycopy(s, from, chars, slot * WIDTH, len);
            longKeys[slot] = null;
        } else {
            longKeys[slot] = java.util.Arrays.copyOfRange(s, from, to);
        }
        return name;
    }

    String get(char[] s, int from, int to) {
        return get(s, from, to, hash(s, from, to));
    }

    private boolean same(int slot, char[] s, int from, int len) {
        if (len <= WIDTH) {
            int base = slot * WIDTH;
            for (int i = 0; i < len; i++) {
                if (chars[base + i] != s[from + i]) {
                    return false;
                }
            }
            return true;
        }
        char[] key = longKeys[slot];
        for (int i = 0; i < len; i++) {
            if (key[i] != s[from + i]) {
                return false;
            }
        }
        return true;
    }
}
