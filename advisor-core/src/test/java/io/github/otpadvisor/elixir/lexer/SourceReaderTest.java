package io.github.otpadvisor.elixir.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceReaderTest {
    private static SourceReader reader(String source) {
        // a longer, reused array: nothing past the length may be read
        char[] chars = (source + "XXXX").toCharArray();
        return new SourceReader(chars, source.length());
    }

    private static String where(SourceReader in) {
        return in.pos() + "@" + in.line() + ":" + in.column();
    }

    @Test
    void readsWithinTheLengthOnly() {
        SourceReader in = reader("ab");
        assertEquals('a', in.current());
        assertEquals('b', in.peek(1));
        assertEquals(SourceReader.EOF, in.peek(2));
        assertTrue(in.hasAhead(1));
        assertFalse(in.hasAhead(2));
        assertTrue(in.matches("ab"));
        assertFalse(in.matches("abX"));
        assertTrue(in.matchesAt(1, "b"));
        in.advance(2);
        assertTrue(in.isEmpty());
        assertEquals(SourceReader.EOF, in.current());
    }

    @Test
    void movesOffsetLineAndColumnTogether() {
        SourceReader in = reader("ab  c\r\n  d # x\ne");
        in.advance(2);
        assertEquals("2@1:3", where(in));
        assertEquals(2, in.skipSpaces());
        assertEquals("4@1:5", where(in));
        in.advance(1);
        assertEquals(2, in.newlineAt(0));
        in.nextLine(2);
        assertEquals("7@2:1", where(in));
        assertEquals(2, in.spacesAt(0));
        in.advance(2, 1); // Elixir's column count, not the chars'
        assertEquals("9@2:2", where(in));
        in.advance(2);
        assertEquals(11, in.pos());
        assertEquals(5, in.charColumnOf(in.pos()));
        in.skipTo(14); // a comment: no columns
        assertEquals("14@2:4", where(in));
        assertEquals(1, in.newlineAt(0));
        in.restartColumn();
        assertEquals("14@2:1", where(in));
    }

    @Test
    void keywordColonNeedsASpaceAfter() {
        assertTrue(reader("a: 1").keywordColonAt(1));
        assertTrue(reader("a:\n").keywordColonAt(1));
        assertFalse(reader("a:1").keywordColonAt(1));
        assertFalse(reader("a:").keywordColonAt(1));
        assertFalse(reader("a::").keywordColonAt(1));
    }
}
