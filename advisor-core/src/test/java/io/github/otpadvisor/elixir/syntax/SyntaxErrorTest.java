package io.github.otpadvisor.elixir.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.elixir.ElixirFrontEnd;
import org.junit.jupiter.api.Test;

/** Source text quoted in a syntax error is cut once the message passes 1,000 characters; shorter ones stay whole. */
class SyntaxErrorTest {
    private static final int MB = 1 << 20;
    private static final ElixirFrontEnd FRONT_END = new ElixirFrontEnd();

    private static String messageOf(String source) {
        return FRONT_END.parse(source).error().message();
    }

    @Test
    void aOneMegabyteAtomIsNotEchoedWhole() {
        String prefix = "atom length must be less than system limit: ";
        String message = messageOf(":" + "a".repeat(MB));
        assertEquals(prefix + "a".repeat(1000 - prefix.length()) + "... (" + (MB - 1000 + prefix.length())
                + " more characters)", message);
        assertTrue(messageOf("a".repeat(MB) + " = 1").startsWith(prefix + "aaa"), "an over-long identifier too");
        assertTrue(messageOf(":\"" + "a".repeat(MB) + "\"").length() < 1100, "a quoted atom too");
    }

    @Test
    void stringsAndHeredocsBeforeASyntaxErrorAreCutToo() {
        assertTrue(messageOf("1 \"" + "b".repeat(MB) + "\"").startsWith("syntax error before: \"bbb"));
        assertTrue(messageOf("1 \"" + "b".repeat(MB) + "\"").endsWith(" more characters)"));
        assertTrue(messageOf("1 \"\"\"\n" + "c\n".repeat(MB / 2) + "\"\"\"").length() < 1100);
    }

    @Test
    void ordinaryMessagesStayAsElixirWordsThem() {
        String atom256 = "atom length must be less than system limit: " + "a".repeat(256);
        assertEquals(atom256, messageOf(":" + "a".repeat(256)));
        String message = "x".repeat(SyntaxError.MAX_MESSAGE_CHARS);
        assertSame(message, new SyntaxError(1, 1, message).message());
    }

    @Test
    void theCutNeverSplitsASurrogatePair() {
        String message = "x".repeat(SyntaxError.MAX_MESSAGE_CHARS - 1) + "😀😀";
        assertEquals("x".repeat(SyntaxError.MAX_MESSAGE_CHARS - 1) + "... (2 more characters)",
                new SyntaxError(1, 1, message).message());
        assertEquals("1:1: " + new SyntaxError(1, 1, message).message(),
                new SyntaxErrorException(1, 1, message).getMessage());
    }
}
