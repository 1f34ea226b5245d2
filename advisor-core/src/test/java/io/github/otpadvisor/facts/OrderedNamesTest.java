package io.github.otpadvisor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderedNamesTest {
    @Test
    void keepsTheOrderGivenAndIsAnEqualSet() {
        Set<String> given = new LinkedHashSet<>(List.of("load/1", "init/1", "handle_call/3"));
        Set<String> kept = Interned.set(given);
        assertEquals(List.of("load/1", "init/1", "handle_call/3"), List.copyOf(kept));
        assertEquals(given, kept);
        assertEquals(kept, given);
        assertEquals(given.hashCode(), kept.hashCode());
        assertTrue(kept.contains("init/1"));
        assertFalse(kept.contains("init/2"));
        assertFalse(kept.contains(null));
        assertThrows(UnsupportedOperationException.class, () -> kept.add("x/0"));
        assertSame("load/1", kept.iterator().next());
    }

    @Test
    void manyNamesKeepTheirOrderToo() {
        Set<String> given = new LinkedHashSet<>();
        for (int i = 40; i > 0; i--) {
            given.add("f" + i + "/0");
        }
        assertEquals(List.copyOf(given), List.copyOf(Interned.set(given)));
    }
}
