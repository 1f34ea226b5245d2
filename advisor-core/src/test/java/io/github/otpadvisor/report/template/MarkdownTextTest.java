package io.github.otpadvisor.report.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
    @Test
    void textLosesEveryInlineAndBlockMeaning() {
        assertEquals("&lt;script&gt;a\\|b \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) &amp;", MarkdownText.escape(
                "<script>a|b `c` *d* _e_ [f](g) &"));
        assertEquals("\\# title", MarkdownText.escape("# title"));
        assertEquals("\\- item", MarkdownText.escape("- item"));
        assertEquals("1\\. item", MarkdownText.escape("1. item"));
        assertEquals("a b c", MarkdownText.escape("a\nb\r\nc"));
        assertEquals("ab", MarkdownText.escape("a\u0000\u001bb"));
    }

    @Test
    void codeSpansOutgrowTheBackticksInside() {
        assertEquals("`a`", MarkdownText.code("a", false));
        assertEquals("`` a`b ``".replace("`` a", "``a").replace("b ``", "b``"), MarkdownText.code("a`b", false));
        assertEquals("`` `x` ``", MarkdownText.code("`x`", false));
        assertEquals("`a\\|b`", MarkdownText.code("a|b", true));
        assertEquals("`a b`", MarkdownText.code("a\nb", false));
    }

    @Test
    void fencesAreLongerThanAnyRunInTheCode() {
        String fenced = MarkdownText.fence("elixir", "x = \"```\"");
        assertTrue(fenced.startsWith("````elixir\n"), fenced);
        assertTrue(fenced.endsWith("\n````"), fenced);
        assertFalse(MarkdownText.fence(null, "a").contains("null"));
    }

    @Test
    void demotingLeavesCodeBlocksAlone() {
        assertEquals("### T\n```elixir\n# comment\n```\n#### S", MarkdownText.demote("# T\n```elixir\n# comment\n```\n## S", 2));
    }
}
