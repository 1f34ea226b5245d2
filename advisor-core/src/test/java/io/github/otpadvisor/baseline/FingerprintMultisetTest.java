package io.github.otpadvisor.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FingerprintMultisetTest {
    /** The written form: {@code v2:} and 32 lower-case hex digits, here from two halves. */
    private static String canonical(long high, long low) {
        return "v2:%016x%016x".formatted(high, low);
    }

    @Test
    void countsEachFingerprintInEitherForm() {
        FingerprintMultiset set = new FingerprintMultiset();
        set.add(canonical(0, 1));
        set.add(canonical(0, 1));
        set.add("v2:ABCDEF00000000000000000000000000"); // upper case: not the written form, kept as text
        set.add("hand-written");
        assertEquals(2, set.count(canonical(0, 1)));
        assertEquals(1, set.count("v2:ABCDEF00000000000000000000000000"));
        assertEquals(0, set.count("v2:abcdef00000000000000000000000000"));
        assertEquals(1, set.count("hand-written"));
        assertEquals(0, set.count(canonical(0, 2)));
        assertEquals(0, set.count("v2:0"));
        assertEquals(4, set.size());
    }

    @Test
    void growsAndTellsApartKeysThatDifferInOneHalfOnly() {
        FingerprintMultiset set = new FingerprintMultiset();
        int n = 100_000;
        for (long i = 1; i <= n; i++) {
            set.add(canonical(i, 0));
            set.add(canonical(0, i));
            set.add(canonical(-i, -i));
        }
        set.add(canonical(0, 7));
        for (long i = 1; i <= n; i++) {
            assertEquals(1, set.count(canonical(i, 0)));
            assertEquals(i == 7 ? 2 : 1, set.count(canonical(0, i)));
            assertEquals(1, set.count(canonical(-i, -i)));
        }
        assertEquals(0, set.count(canonical(0, 0)));
        assertEquals(0, set.count(canonical(n + 1, 0)));
        assertEquals(3 * n + 1, set.size());
    }
}
