package io.github.otpadvisor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleRefListTest {
    private static final List<ModuleRef> REFS = List.of(
            new ModuleRef("Shop.Cart", "Shop.Web", "lib/shop/web.ex", 3, 7),
            new ModuleRef("Shop.*", null, "lib/shop/web.ex", 12, 1),
            new ModuleRef("Shop.Cart", "Shop.Api", "lib/shop/web.ex", 40, 15));

    @Test
    void aFilesReferencesReadBackAsTheyWereGivenInOrder() {
        List<ModuleRef> stored = ModuleRefList.of(new ArrayList<>(REFS));
        assertInstanceOf(ModuleRefList.class, stored);
        assertEquals(REFS, stored);
        assertEquals(REFS.hashCode(), stored.hashCode());
        assertEquals(new Location("lib/shop/web.ex", 40, 15), stored.get(2).location());
        assertSame(stored, ModuleRefList.of(stored));
        assertThrows(UnsupportedOperationException.class, () -> stored.add(REFS.get(0)));
        assertThrows(IndexOutOfBoundsException.class, () -> stored.get(3));
    }

    @Test
    void namesAreSharedWithEqualNamesOfOtherFiles() {
        String name = new String("Shop.Cart".toCharArray());
        List<ModuleRef> stored = ModuleRefList.of(List.of(new ModuleRef(name, null, "lib/a.ex", 1, 1)));
        assertNotSame(name, stored.get(0).name());
        assertSame("Shop.Cart", stored.get(0).name());
    }

    @Test
    void referencesOfSeveralFilesAreAPlainCopy() {
        List<ModuleRef> mixed = List.of(REFS.get(0), new ModuleRef("Shop.Cart", "Shop.Web", "lib/other.ex", 1, 1));
        List<ModuleRef> stored = ModuleRefList.of(mixed);
        assertEquals(mixed, stored);
        assertEquals(List.of(), ModuleRefList.of(List.of()));
    }
}
