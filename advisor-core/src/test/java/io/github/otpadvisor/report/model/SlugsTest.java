package io.github.otpadvisor.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void namesBecomeSafeFileNames() {
        assertEquals("MyApp.Cache", Slugs.sanitize("MyApp.Cache"));
        assertEquals("_._.._etc_passwd", Slugs.sanitize("../../etc/passwd"));
        assertEquals("__script_", Slugs.sanitize(":<script>"));
        assertEquals("_", Slugs.sanitize("."));
        assertEquals("module", Slugs.sanitize(""));
        assertEquals("_CON", Slugs.sanitize("CON"));
        assertEquals("_nul.txt", Slugs.sanitize("nul.txt"));
        assertEquals("a", Slugs.sanitize("a..."));
        assertEquals(100, Slugs.sanitize("x".repeat(500)).length());
        assertTrue(Slugs.sanitize("Ünïcode").matches("[A-Za-z0-9_][A-Za-z0-9._-]*"));
    }

    @Test
    void slugsAreUniqueIgnoringCase() {
        Slugs slugs = new Slugs();
        assertEquals("A.B", slugs.next("A.B"));
        assertEquals("a.b-2", slugs.next("a.b"));
        assertEquals("A.B-3", slugs.next("A.B"));
        assertEquals("x_y", slugs.next("x/y"));
        assertEquals("x_y-2", slugs.next("x?y"));
    }
}
