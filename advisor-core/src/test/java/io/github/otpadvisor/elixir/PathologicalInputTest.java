package io.github.otpadvisor.elixir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.otpadvisor.elixir.ast.QuotedPrinter;
import io.github.otpadvisor.elixir.syntax.SyntaxError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input through the {@link ElixirFrontEnd} facade: it must answer with a tree or a reported
 * error, never an exception or a crash, and errors Elixir reports must come with Elixir's position and
 * message. Every expected message was printed by Elixir 1.14.0 ({@code Code.string_to_quoted!/1}).
 */
class PathologicalInputTest {
    private static final int DEEP = 100_000;
    private static final ElixirFrontEnd FRONT_END = new ElixirFrontEnd();

    @TempDir
    Path dir;

    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    /** Parses, checks the result is exactly one of tree and error, and prints the tree if there is one. */
    private static ParseResult survive(String source) {
        ParseResult result = FRONT_END.parse(source);
        assertNotNull(result, "no result");
        assertTrue((result.ast() == null) != (result.error() == null),
                () -> "exactly one of ast and error expected: " + result);
        if (result.ok()) {
            String dump = QuotedPrinter.print(result.ast());
            assertFalse(dump.isEmpty());
        } else {
            SyntaxError e = result.error();
            assertFalse(e.message().startsWith("internal error"), () -> "a defect, not a syntax error: " + e);
            assertTrue(e.line() >= 1 && e.column() >= 1, () -> "position out of range: " + e);
        }
        return result;
    }

    @TestFactory
    Stream<DynamicTest> deepNestingGivesATreeOrAnError() {
        return Stream.of(
                new String[] {"lists", repeat("[", DEEP) + repeat("]", DEEP)},
                new String[] {"parentheses", repeat("(", DEEP) + "a" + repeat(")", DEEP)},
                new String[] {"tuples", repeat("{", DEEP) + repeat("}", DEEP)},
                new String[] {"binaries", repeat("<<", DEEP) + repeat(">>", DEEP)},
                new String[] {"maps", repeat("%{a: ", DEEP) + "1" + repeat("}", DEEP)},
                new String[] {"fn", repeat("fn -> ", DEEP) + "1" + repeat(" end", DEEP)},
                new String[] {"do blocks", repeat("a do ", DEEP) + "1" + repeat(" end", DEEP)},
                new String[] {"unary minus", repeat("- ", DEEP) + "1"},
                new String[] {"unary not", repeat("!", DEEP) + "a"},
                new String[] {"match chain", repeat("a = ", DEEP) + "a"},
                new String[] {"pipe chain", "a" + repeat(" |> b", DEEP)},
                new String[] {"interpolation", repeat("\"#{", DEEP) + "1" + repeat("}\"", DEEP)},
                new String[] {"unclosed lists", repeat("[", DEEP)},
                new String[] {"unclosed do blocks", repeat("a do ", DEEP)},
                new String[] {"unopened closers", repeat(")]}", DEEP)},
                new String[] {"long line", repeat("a + ", DEEP) + "a"},
                new String[] {"many lines", repeat("a\n", DEEP)})
                .map(c -> dynamicTest(c[0], () -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                        Duration.ofSeconds(60), () -> survive(c[1]))));
    }

    @Test
    void deepNestingOfClosedListsParsesOrReportsNesting() {
        ParseResult result = survive(repeat("[", DEEP) + repeat("]", DEEP));
        if (result.ok()) {
            String dump = QuotedPrinter.print(result.ast());
            assertEquals(repeat("[", DEEP) + repeat("]", DEEP), dump);
        }
    }

    @Test
    void aFileOverTheSizeLimitIsReportedAndSkipped() throws IOException {
        ElixirFrontEnd small = new ElixirFrontEnd(64);
        byte[] big = repeat("a = 1\n", 20).getBytes(StandardCharsets.UTF_8);
        ParseResult fromBytes = small.parse(big);
        assertNull(fromBytes.ast());
        assertEquals(1, fromBytes.error().line());
        assertEquals(1, fromBytes.error().column());
        assertTrue(fromBytes.error().message().contains("over the limit of 64 bytes"), fromBytes.error().message());
        Path file = Files.write(dir.resolve("big.ex"), big);
        ParseResult fromFile = small.parseFile(file);
        assertNull(fromFile.ast());
        assertTrue(fromFile.error().message().contains("120 bytes"), fromFile.error().message());
        // exactly at the limit is fine
        ParseResult atLimit = new ElixirFrontEnd(big.length).parseFile(file);
        assertTrue(atLimit.ok() || !atLimit.error().message().contains("over the limit"));
    }

    @Test
    void invalidUtf8IsReportedAtTheFirstBadByte() {
        // Elixir 1.14 raises UnicodeConversionError "invalid encoding starting at <<255, 254>>" without
        // a position; we report where it starts.
        ParseResult r = FRONT_END.parse(bytes("x = 1\ny = ", 0xFF, 0xFE));
        assertNull(r.ast());
        assertEquals(2, r.error().line());
        assertEquals(5, r.error().column());
        ParseResult inString = FRONT_END.parse(bytes("\"é", 0xC3, '"'));
        assertEquals(1, inString.error().line());
        assertEquals(3, inString.error().column());
        ParseResult inComment = FRONT_END.parse(bytes("# ", 0xFF, '\n', ':', 'o', 'k'));
        assertEquals(1, inComment.error().line());
        assertEquals(3, inComment.error().column());
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() {
        // U+FFFD is what a lenient decoder puts for bad bytes; written in the file, it is valid UTF-8 and parses.
        ParseResult written = FRONT_END.parse("x = \"\uFFFD\"\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(written.ok(), () -> String.valueOf(written.error()));
        ParseResult thenBad = FRONT_END.parse(bytes("x = \"\uFFFD\"\ny = ", 0xC3));
        assertEquals(2, thenBad.error().line());
        assertEquals(5, thenBad.error().column());
    }

    private static byte[] bytes(String prefix, int... rest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix.getBytes(StandardCharsets.UTF_8));
        for (int b : rest) {
            out.write(b);
        }
        return out.toByteArray();
    }

    @Test
    void aNulByteOutsideStringsIsAnError() {
        assertError("a\0b", "1:2: unexpected token: null byte (column 2, code point U+0000)");
    }

    @Test
    void aNulByteInsideAStringIsData() {
        assertDump("\"a\0b\"", "<<97, 0, 98>>");
    }

    @Test
    void aByteOrderMarkIsRejectedAsElixirRejectsIt() {
        // Elixir 1.14 cannot compile such a file either; we report what Elixir reports.
        String expected = "1:1: unexpected token: \"\uFEFF\" (column 1, code point U+FEFF)";
        String plain = "defmodule A do\n  def f(x), do: x + 1\nend\n";
        assertTrue(survive(plain).ok());
        assertEquals(expected, Fixtures.describe(survive("\uFEFF" + plain).error(), expected));
        byte[] source = plain.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[source.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(source, 0, withBom, 3, source.length);
        assertEquals(expected, Fixtures.describe(FRONT_END.parse(withBom).error(), expected));
    }

    @Test
    void crlfLineEndingsGiveTheSameDumpAsLf() {
        String lf = "defmodule A do\n  @moduledoc false\n\n  def f(x) do\n    x\n    |> g()\n  end\n"
                + "  # comment\n  def g(y), do: [y,\n    1]\nend\n";
        String expected = "{:defmodule, [line: 1], [{:__aliases__, [line: 1], [:A]}, [do: {:__block__, [], "
                + "[{:@, [line: 2], [{:moduledoc, [line: 2], [false]}]}, {:def, [line: 4], [{:f, [line: 4], "
                + "[{:x, [line: 4], nil}]}, [do: {:|>, [line: 6], [{:x, [line: 5], nil}, {:g, [line: 6], []}]}]]}, "
                + "{:def, [line: 9], [{:g, [line: 9], [{:y, [line: 9], nil}]}, [do: [{:y, [line: 9], nil}, 1]]]}]}]]}";
        assertEquals(expected, dumpOrError(survive(lf)));
        assertEquals(expected, dumpOrError(survive(lf.replace("\n", "\r\n"))));
        assertDump("a\r\nb", "{:__block__, [], [{:a, [line: 1], nil}, {:b, [line: 2], nil}]}");
        assertDump("1 +\r\n2", "{:+, [line: 1], [1, 2]}");
        assertDump("# comment\r\n:ok", ":ok");
    }

    @Test
    void crlfInsideStringsIsKeptAsElixirDoes() {
        assertDump("x = \"a\r\nb\"", "{:=, [line: 1], [{:x, [line: 1], nil}, \"a\\r\\nb\"]}");
        assertDump("x = \"\"\"\r\nab\r\n\"\"\"\r\n", "{:=, [line: 1], [{:x, [line: 1], nil}, \"ab\\r\\n\"]}");
        assertDump("~s(a\r\nb)", "{:sigil_s, [delimiter: \"(\", line: 1], [{:<<>>, [line: 1], [\"a\\r\\nb\"]}, []]}");
        assertDump("'a\r\nb'", "'a\\r\\nb'");
        assertDump(":\"a\r\nb\"", ":\"a\\r\\nb\"");
        assertDump("\"\\\r\nb\"", "\"b\"");
        assertError("a\rb", "1:2: unexpected token: carriage return (column 2, code point U+000D)");
    }

    @TestFactory
    Stream<DynamicTest> unterminatedConstructsAtEof() {
        String[][] cases = {
            {"\"abc", "1:5: missing terminator: \" (for string starting at line 1)"},
            {"'abc", "1:5: missing terminator: ' (for string starting at line 1)"},
            {"\"\"\"\nabc", "2:4: missing terminator: \"\"\" (for heredoc starting at line 1)"},
            {"\"\"\"\nabc\n", "3:1: missing terminator: \"\"\" (for heredoc starting at line 1)"},
            {"'''\nabc", "2:4: missing terminator: ''' (for heredoc starting at line 1)"},
            {"~s(abc", "1:7: missing terminator: ) (for sigil ~s( starting at line 1)"},
            {"~S\"\"\"\nabc", "2:4: missing terminator: \"\"\" (for heredoc starting at line 1)"},
            {"\"a#{b", "1:3: missing interpolation terminator: \"}\" (for string starting at line 1)"},
            {"'a#{b", "1:3: missing interpolation terminator: \"}\" (for string starting at line 1)"},
            {"\"a#{b}", "1:7: missing terminator: \" (for string starting at line 1)"},
            {"\"a#{\"b", "1:7: missing terminator: \" (for string starting at line 1)"},
            {":\"abc", "1:6: missing terminator: \" (for atom starting at line 1)"},
            {":'abc", "1:6: missing terminator: ' (for atom starting at line 1)"},
            {"x = \"abc\n\ndef", "3:4: missing terminator: \" (for string starting at line 1)"},
            {"é = 1\n\"abc", "2:5: missing terminator: \" (for string starting at line 2)"},
            {"\"\\", "1:3: missing terminator: \" (for string starting at line 1)"},
            {"foo(\n", "2:1: missing terminator: ) (for \"(\" starting at line 1)"},
            {"[1, 2", "1:6: missing terminator: ] (for \"[\" starting at line 1)"},
            {"%{a: 1", "1:7: missing terminator: } (for \"{\" starting at line 1)"},
            {"<<1", "1:4: missing terminator: >> (for \"<<\" starting at line 1)"},
            {"fn ->", "1:6: missing terminator: end (for \"fn\" starting at line 1)"},
            {"do", "1:3: missing terminator: end (for \"do\" starting at line 1)"},
            {"foo do\n", "2:1: missing terminator: end (for \"do\" starting at line 1)"},
            {"[[[[", "1:5: missing terminator: ] (for \"[\" starting at line 1)"},
            {"((((", "1:5: missing terminator: ) (for \"(\" starting at line 1)"},
            {"{{{{", "1:5: missing terminator: } (for \"{\" starting at line 1)"},
            {"a = ", "1:3: syntax error: expression is incomplete"},
            {"- - - -", "1:7: syntax error: expression is incomplete"},
            {"!!!!", "1:4: syntax error: expression is incomplete"},
            {"a = a = a =", "1:11: syntax error: expression is incomplete"},
            {"%", "1:1: syntax error: expression is incomplete"},
            {"@", "1:1: syntax error: expression is incomplete"},
            {"&", "1:1: syntax error: expression is incomplete"},
            {"?", "1:1: unexpected token: \"?\" (column 1, code point U+003F)"},
            {"~", "1:1: unexpected token: \"~\" (column 1, code point U+007E)"},
            {"<<<<", "1:1: syntax error before: '<<<'"},
            {"~s(a#{b)", "1:8: unexpected token: )"},
            {"fn -> fn ->", "1:12: missing terminator: end (for \"fn\" starting at line 1)\n\n"
                    + "    HINT: it looks like the \"fn\" on line 1 does not have a matching \"end\"\n"},
        };
        return Stream.of(cases).map(c -> dynamicTest(c[0].replace("\n", "\\n"), () -> assertError(c[0], c[1])));
    }

    private static void assertError(String source, String expected) {
        ParseResult r = survive(source);
        if (r.ok()) {
            fail("expected \"" + expected + "\" but parsed: " + QuotedPrinter.print(r.ast()));
        }
        assertEquals(expected, Fixtures.describe(r.error(), expected));
    }

    private static void assertDump(String source, String expected) {
        ParseResult r = survive(source);
        assertEquals(expected, dumpOrError(r), () -> "dump of " + source.replace("\r", "\\r").replace("\n", "\\n"));
    }

    private static String dumpOrError(ParseResult r) {
        return r.ok() ? QuotedPrinter.print(r.ast()) : "error " + r.error().line() + ":" + r.error().column() + ": " + r.error().message();
    }
}
