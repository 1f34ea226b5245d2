package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How names and text from analyzed code are written in sketches. */
class ElixirNamesSketchTest {
    @Test
    void modulesAreAliasesOrAtoms() {
        assertEquals("ShopCore.PriceCache", ElixirNames.moduleLiteral("ShopCore.PriceCache"));
        assertEquals(":plain", ElixirNames.moduleLiteral(":plain"));
        assertEquals(":Foo?", ElixirNames.moduleLiteral(":Foo?"));
        assertEquals(":\"two words\"", ElixirNames.moduleLiteral(":two words"));
        assertEquals(":\"Elixir.Not valid\"", ElixirNames.moduleLiteral("Not valid"));
        assertEquals(":\"<script>\\\"\\x60\\n\\x60\\x60\\x60\\#{x}\"", ElixirNames.moduleLiteral(":<script>\"`\n```#{x}"));
        assertEquals("ShopCore.PriceCacheTest", ElixirNames.testModuleLiteral("ShopCore.PriceCache"));
        assertEquals(":plainTest", ElixirNames.testModuleLiteral(":plain"));
        assertEquals(":\"..\"", ElixirNames.moduleLiteral(":.."), "a dot operator stays quoted");
    }

    @Test
    void escapesWhatWouldBreakOrHide() {
        assertEquals("a\\\\b\\\"c", ElixirNames.escape("a\\b\"c"));
        assertEquals("\\#{x} # {", ElixirNames.escape("#{x} # {"));
        assertEquals("\\n\\r\\t\\x00\\x1B\\x7F", ElixirNames.escape("\n\r\t\u0000\u001B\u007F"));
        assertEquals("\\u{85}\\u{202E}\\u{2066}\\u{200B}", ElixirNames.escape("\u0085\u202E\u2066\u200B"));
        assertEquals("\\u{FFFD}", ElixirNames.escape("\uD800"), "a lone surrogate has no code point");
        assertEquals("héllo 😀", ElixirNames.escape("héllo 😀"));
        assertFalse(ElixirNames.escape("````").contains("`"));
    }

    @Test
    void namesInCodeMustBePlain() {
        assertEquals("__MODULE__", ElixirNames.nameLiteral("__MODULE__"));
        assertEquals(":prices", ElixirNames.nameLiteral(":prices"));
        assertEquals("Shop.Registry", ElixirNames.nameLiteral("Shop.Registry"));
        assertNull(ElixirNames.nameLiteral(":\"x\""));
        assertNull(ElixirNames.nameLiteral("@table"));
        assertNull(ElixirNames.nameLiteral(":do"));
        assertNull(ElixirNames.nameLiteral("Foo.bar"));
        assertTrue(ElixirNames.isFunctionName("valid?"));
        assertFalse(ElixirNames.isFunctionName("_hidden"));
        assertFalse(ElixirNames.isFunctionName("end"));
        assertEquals("cart_id", ElixirNames.variableFrom("_cart_id"));
        assertNull(ElixirNames.variableFrom("_"));
    }

    @Test
    void camelizesFeatureNames() {
        assertEquals("UserSessions", ElixirNames.camelize("user sessions"));
        assertEquals("HTTPClient", ElixirNames.camelize("HTTP client"));
        assertEquals("Feature", ElixirNames.camelize("  "));
    }
}
