package io.github.otpadvisor.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Foreign text made safe: XML escaping to pure ASCII, and links limited to relative references. */
class XmlAndHrefsTest {
    @Test
    void escapesMarkupAndNonAsciiAndDropsIllegalCharacters() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&apos;", Xml.escape("<a href=\"x\">&'"));
        assertEquals("&#xe9;&#x1f600;&#xa;&#x9;", Xml.escape("é\uD83D\uDE00\n\t"));
        assertEquals("ab", Xml.escape("a\u0000\u0007\uD800\uFFFEb"));
        assertEquals("", Xml.escape(null));
    }

    @Test
    void cleanKeepsTheSameStringWhenNothingIsDropped() {
        String s = "Shop.Cache";
        assertEquals(s, Xml.clean(s));
        assertEquals("ab", Xml.clean("a\u0001b"));
    }

    @Test
    void onlyRelativeLinksPass() {
        assertEquals("../modules/Shop.Cart.html", Hrefs.safe("../modules/Shop.Cart.html"));
        assertEquals("x.html?a=b:c#d:e", Hrefs.safe("x.html?a=b:c#d:e"), "a colon after the path is not a scheme");
        assertNull(Hrefs.safe("javascript:alert(1)"));
        assertNull(Hrefs.safe("java\tscript:alert(1)"));
        assertNull(Hrefs.safe(" http://x"));
        assertNull(Hrefs.safe("//evil.example/x"));
        assertNull(Hrefs.safe("a\\b"));
        assertNull(Hrefs.safe("a\u0000b"));
        assertNull(Hrefs.safe(""));
        assertNull(Hrefs.safe(null));
    }

    @Test
    void textIsCutByCodePoints() {
        assertEquals("ab\u2026", TextMetrics.truncate("abcd", 3));
        assertEquals("\uD83D\uDE00\u2026", TextMetrics.truncate("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 2));
        assertEquals("abc", TextMetrics.truncate("abc", 3));
        assertEquals("a b c", TextMetrics.oneLine("a\tb\nc"));
    }
}
