package io.github.otpadvisor.elixir.lexer;

import java.util.Arrays;

/**
 * Reuses the String of names seen before (identifiers, aliases, atoms, number texts), so
 * tokenizing a file does not allocate one String per occurrence of {@code def} or {@code conn}.
 * A direct-mapped table (a collision just replaces the entry) keyed by the caller's hash. A slot's
 * key is one row of {@link #keys}: its length then its chars (32 bytes), so a hit reads that row and
 * the String; names longer than a row keep their chars in {@link #longKeys}. The table is small on
 * purpose (about 40 KB, 95% hits on real code): it then stays in cache while tokens stream through.
 * One instance per thread ({@link #forThisThread}), reused across files: entries are immutable.
 */
final class NameCache {
    private static final ThreadLocal<NameCache> PER_THREAD = ThreadLocal.withInitial(NameCache::new);
    private static final int SIZE = 1024;
    /** Chars per row of {@link #keys}: the length, then names up to {@code WIDTH - 1} chars. */
    private static final int WIDTH = 16;
    /** The length stored in a row whose name is too long for it (or in an empty row). */
    private static final char LONG = Character.MAX_VALUE;

    private final char[] keys = new char[SIZE * WIDTH];
    private final String[] names = new String[SIZE];
    /** The chars of names longer than {@code WIDTH - 1}. */
    private final char[][] longKeys = new char[SIZE][];

    private NameCache() {
        for (int slot = 0; slot < SIZE; slot++) {
            keys[slot * WIDTH] = LONG;
        }
    }

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
        int base = slot * WIDTH;
        if (len < WIDTH) {
            if (keys[base] == len && sameShort(base + 1, s, from, len)) {
                return names[slot];
            }
        } else if (keys[base] == LONG && names[slot] != null
                && Arrays.equals(longKeys[slot], 0, longKeys[slot].length, s, from, to)) {
            return names[slot];
        }
        return put(slot, s, from, to);
    }

    String get(char[] s, int from, int to) {
        return get(s, from, to, hash(s, from, to));
    }

    private boolean sameShort(int at, char[] s, int from, int len) {
        for (int i = 0; i < len; i++) {
            if (keys[at + i] != s[from + i]) {
                return false;
            }
        }
        return true;
    }

    private String put(int slot, char[] s, int from, int to) {
        int len = to - from;
        int base = slot * WIDTH;
        String name = new String(s, from, len);
        names[slot] = name;
        if (len < WIDTH) {
            keys[base] = (char) len;
            System.arraycopy(s, from, keys, base + 1, len);
            longKeys[slot] = null;
        } else {
            keys[base] = LONG;
            longKeys[slot] = Arrays.copyOfRange(s, from, to);
        }
        return name;
    }
}
