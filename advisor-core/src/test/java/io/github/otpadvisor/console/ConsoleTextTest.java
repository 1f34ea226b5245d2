package io.github.otpadvisor.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConsoleTextTest {
    @Test
    void ordinaryTextIsLeftAsItIs() {
        String text = "lib/café ü.ex:12:3: error [OTP004] Shop.Cache \\n is \"fine\" \u4e2d 😀";
        assertSame(text, ConsoleText.line(text));
    }

    @Test
    void aLineBreakCannotStartAForgedDiagnostic() {
        assertEquals("lib/a\\nforged.ex:9:9: error [OTP001] fake\\r\\nb.ex:1:1: x",
                ConsoleText.line("lib/a\nforged.ex:9:9: error [OTP001] fake\r\nb.ex:1:1: x"));
        assertEquals("a\\tb", ConsoleText.line("a\tb"));
    }

    @Test
    void terminalEscapesAndBidiControlsAreShownAsEscapes() {
        assertEquals("Evil\\u001B[2J\\u001B[31mRed\\u202EX", ConsoleText.line("Evil\u001b[2J\u001b[31mRed\u202eX"));
        assertEquals("\\u0000\\u007F\\u0085\\u009B\\u061C\\u200E\\u200F\\u2028\\u2029\\u2066\\u2069",
                ConsoleText.line("\u0000\u007f\u0085\u009b\u061c\u200e\u200f\u2028\u2029\u2066\u2069"));
    }

    @Test
    void everyUnsafeCharacterIsCoveredAndNothingElse() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            boolean expected = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
                    || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
            assertEquals(expected, ConsoleText.isUnsafe(c), () -> "U+" + Integer.toHexString(c));
            String escaped = ConsoleText.line("a" + c + "b");
            assertTrue(escaped.chars().noneMatch(x -> ConsoleText.isUnsafe((char) x)), escaped);
        }
    }

    @Test
    void escapingTwiceChangesNothing() {
        String once = ConsoleText.line("x\n\u001b\u202e");
        assertEquals(once, ConsoleText.line(once));
        assertFalse(once.contains("\n"));
    }
}
