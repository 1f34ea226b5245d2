package io.github.otpadvisor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteCallListTest {
    private static final List<RemoteCall> CALLS = List.of(
            new RemoteCall("Shop.Web", "show/2", "Shop.Cart", "get", 1, "lib/shop/web.ex", 3, 7, "controller action",
                    false),
            new RemoteCall(null, null, "Shop.Cart", "put", 2, "lib/shop/web.ex", 12, 1, null, true),
            new RemoteCall("Shop.Web", "index/2", "Enum", "map", 2, "lib/shop/web.ex", 40, 15, null, false));

    @Test
    void aFilesCallsReadBackAsTheyWereGivenInOrder() {
        List<RemoteCall> stored = RemoteCallList.of(new ArrayList<>(CALLS));
        assertInstanceOf(RemoteCallList.class, stored);
        assertEquals(CALLS, stored);
        assertEquals(CALLS.hashCode(), stored.hashCode());
        assertEquals(new Location("lib/shop/web.ex", 12, 1), stored.get(1).location());
        assertSame(stored, RemoteCallList.of(stored));
        assertSame("Shop.Cart", stored.get(0).toModule());
        assertThrows(UnsupportedOperationException.class, () -> stored.remove(0));
        assertThrows(IndexOutOfBoundsException.class, () -> stored.get(-1));
    }

    @Test
    void callsOfSeveralFilesAreAPlainCopy() {
        List<RemoteCall> mixed = List.of(CALLS.get(0),
                new RemoteCall("A", "f/0", "B", "g", 0, "lib/a.ex", 1, 1, null, false));
        assertEquals(mixed, RemoteCallList.of(mixed));
        assertEquals(List.of(), RemoteCallList.of(List.of()));
    }
}
