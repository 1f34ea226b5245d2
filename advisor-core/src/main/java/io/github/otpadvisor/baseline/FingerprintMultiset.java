package io.github.otpadvisor.baseline;

import io.github.otpadvisor.analysis.Fingerprints;
import java.util.HashMap;
import java.util.Map;

/**
 * Fingerprints and how many times each was recorded: all that matching a baseline needs, kept small so
 * that a baseline of millions of entries fits a small heap. The form otp-advisor writes ({@code v2:} and
 * 32 lower-case hex digits) is stored as two longs in an open-addressing table, 20 bytes a slot; any other
 * text (a hand-edited file) goes to an ordinary map, where it costs about 120 bytes.
 */
final class FingerprintMultiset {
    private static final String PREFIX = Fingerprints.VERSION + ":";
    private static final int HEX_DIGITS = 32;

    private long[] keys = new long[2 * 16]; // high and low half of each slot's fingerprint
    private int[] counts = new int[16]; // 0: an empty slot
    private int slotsUsed;
    private final Map<String, Integer> others = new HashMap<>();
    private int size; // 2^31 entries would be a file of over 100 GB

    void add(String fingerprint) {
        size++;
        if (!isCompact(fingerprint)) {
            others.merge(fingerprint, 1, Integer::sum);
            return;
        }
        if (2 * (slotsUsed + 1) > counts.length) { // load factor at most 1/2: short probe runs
            grow();
        }
        long high = half(fingerprint, 0);
        long low = half(fingerprint, 1);
        int slot = find(keys, counts, high, low);
        if (counts[slot] == 0) {
            keys[2 * slot] = high;
            keys[2 * slot + 1] = low;
            slotsUsed++;
        }
        counts[slot]++;
    }

    /** How many times {@code fingerprint} was added. */
    int count(String fingerprint) {
        if (!isCompact(fingerprint)) {
            return others.getOrDefault(fingerprint, 0);
        }
        return counts[find(keys, counts, half(fingerprint, 0), half(fingerprint, 1))];
    }

    /** How many fingerprints were added, repeats included. */
    int size() {
        return size;
    }

    /** The slot holding this key, or the empty slot where it would go (linear probing). */
    private static int find(long[] keys, int[] counts, long high, long low) {
        int mask = counts.length - 1;
        int slot = (int) mix(high ^ Long.rotateLeft(low, 32)) & mask;
        while (counts[slot] != 0 && (keys[2 * slot] != high || keys[2 * slot + 1] != low)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[2 * 2 * oldCounts.length];
        counts = new int[2 * oldCounts.length];
        for (int i = 0; i < oldCounts.length; i++) {
            if (oldCounts[i] != 0) {
                int slot = find(keys, counts, oldKeys[2 * i], oldKeys[2 * i + 1]);
                keys[2 * slot] = oldKeys[2 * i];
                keys[2 * slot + 1] = oldKeys[2 * i + 1];
                counts[slot] = oldCounts[i];
            }
        }
    }

    /** Hand-written fingerprints such as {@code v2:0...01} must not all land in one probe run. */
    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
    }

    private static boolean isCompact(String fingerprint) {
        if (fingerprint.length() != PREFIX.length() + HEX_DIGITS || !fingerprint.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < fingerprint.length(); i++) {
            char c = fingerprint.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** The first ({@code which = 0}) or second 16 hex digits as the bits of a long. */
    private static long half(String fingerprint, int which) {
        int start = PREFIX.length() + which * HEX_DIGITS / 2;
        return Long.parseUnsignedLong(fingerprint, start, start + HEX_DIGITS / 2, 16);
    }
}
