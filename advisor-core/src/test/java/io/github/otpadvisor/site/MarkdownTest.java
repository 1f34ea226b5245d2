package io.github.otpadvisor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTest {
    @Test
    void inlineTextCannotOpenMarkupCellsOrTags() {
        assertEquals("a \\| b \\*c\\* \\_d\\_ \\[e\\](f) &lt;script&gt; &amp;amp; \\`g\\` \\#h i",
                Markdown.inline("a | b *c* _d_ [e](f) <script> &amp; `g` #h\ni"));
    }

    @Test
    void codeKeepsItsTextEscapesCellBarsAndFallsBackToTextForBackticks() {
        assertEquals("`OTP004`", Markdown.code("OTP004"));
        assertEquals("`a\\|b`", Markdown.code("a|b"));
        assertEquals(":\"x\\`y\"", Markdown.code(":\"x`y\""));
    }
}
