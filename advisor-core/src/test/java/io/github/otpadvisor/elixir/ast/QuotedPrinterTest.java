package io.github.otpadvisor.elixir.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every expected string below was printed by Elixir 1.14.0 on OTP 25 with
 * {@code inspect(term, limit: :infinity, printable_limit: :infinity)}; the test itself needs no Elixir.
 */
class QuotedPrinterTest {
    private static String p(Quoted q) {
        return QuotedPrinter.print(q);
    }

    private static Atom a(String name) {
        return Atom.of(name);
    }

    private static Int i(long v) {
        return Int.of(v);
    }

    private static QList list(Quoted... items) {
        return QList.of(items);
    }

    private static QList chars(int... cs) {
        List<Quoted> l = new ArrayList<>();
        for (int c : cs) {
            l.add(Int.of(c));
        }
        return new QList(l);
    }

    private static QList kw(Object... kv) {
        List<Quoted> l = new ArrayList<>();
        for (int k = 0; k < kv.length; k += 2) {
            l.add(Tuple.pair(a((String) kv[k]), (Quoted) kv[k + 1]));
        }
        return new QList(l);
    }

    @Test
    void atomsAsLiterals() {
        String[][] cases = {
            {"ok", ":ok"}, {"foo bar", ":\"foo bar\""}, {"Elixir.Foo.Bar", "Foo.Bar"}, {"Foo", ":Foo"},
            {"+", ":+"}, {"::", ":\"::\""}, {"..//", ":..//"}, {"not in", ":\"not in\""}, {"\\\\", ":\\\\"},
            {"{}", ":{}"}, {"%{}", ":%{}"}, {"<<>>", ":<<>>"}, {"?", ":\"?\""}, {"foo?", ":foo?"},
            {"foo!", ":foo!"}, {"foo!?", ":\"foo!?\""}, {"Foo?", ":Foo?"}, {"foo@bar", ":foo@bar"},
            {"@foo", ":\"@foo\""}, {"foo@", ":foo@"}, {"_", ":_"}, {"", ":\"\""}, {"1a", ":\"1a\""},
            {"Elixir", "Elixir"}, {"Elixir.Elixir", "Elixir.Elixir"}, {"Elixir.Elixir.Foo", "Elixir.Elixir.Foo"},
            {"Elixir.foo", ":\"Elixir.foo\""}, {"Elixir.Foo-bar", ":\"Elixir.Foo-bar\""},
            {"Elixir.Foo.bar", ":\"Elixir.Foo.bar\""}, {"//", ":\"//\""}, {"^^^", ":\"^^^\""},
            {"~~~", ":\"~~~\""}, {"<|>", ":\"<|>\""}, {"...", ":..."}, {"..", ":.."}, {".", ":."},
            {"->", ":->"}, {"%", ":%"}, {"when", ":when"}, {"in", ":in"}, {"not", ":not"}, {"and", ":and"},
            {"&", ":&"}, {"@", ":@"}, {"|", ":|"}, {"|||", ":|||"}, {"=>", ":\"=>\""},
            {"a\0b", ":\"a\\0b\""}, {"a\"b", ":\"a\\\"b\""}, {"a#{b", ":\"a\\#{b\""}, {"\n", ":\"\\n\""},
            {"héllo", ":héllo"}, {"fooπ", ":\"fooπ\""}, {"π", ":π"}, {"Ólá", ":Ólá"}, {"µ", ":\"µ\""},
            {"μ", ":μ"}, {"a\u0085", ":\"a\\x85\""}, {"a\u200bb", ":\"a\u200bb\""}, {"\uFEFF", ":\"\\uFEFF\""},
            {"a.b", ":\"a.b\""}, {"foo_bar1", ":foo_bar1"}, {"FOO", ":FOO"}, {"foo bar?", ":\"foo bar?\""},
            {"nil", "nil"}, {"true", "true"}, {"false", "false"}, {"Elixir.Nil", "Nil"},
            {"__MODULE__", ":__MODULE__"}, {"e\u0301", ":\"e\u0301\""}, {"é", ":é"}, {"…", ":\"…\""},
        };
        for (String[] c : cases) {
            assertEquals(c[1], p(a(c[0])), () -> "atom " + c[0]);
        }
    }

    @Test
    void atomsAsKeywordKeys() {
        String[] names = {"ok", "foo bar", "Foo", "+", "::", "..//", "not in", "\\\\", "{}", "%{}", "<<>>", "?",
            "foo?", "foo!?", "Foo?", "foo@bar", "@foo", "_", "", "1a", "//", "^^^", "...", "..", ".", "->", "%",
            "when", "&", "@", "|", "=>", "a\0b", "a\"b", "a#{b", "héllo", "fooπ", "Ólá", "µ", "nil", "true", "do",
            "foo\nbar"};
        Object[] kv = new Object[names.length * 2];
        for (int k = 0; k < names.length; k++) {
            kv[2 * k] = names[k];
            kv[2 * k + 1] = i(1);
        }
        assertEquals("[ok: 1, \"foo bar\": 1, Foo: 1, +: 1, \"::\": 1, ..//: 1, \"not in\": 1, \\\\: 1, {}: 1, "
                + "%{}: 1, <<>>: 1, \"?\": 1, foo?: 1, \"foo!?\": 1, Foo?: 1, foo@bar: 1, \"@foo\": 1, _: 1, \"\": 1, "
                + "\"1a\": 1, \"//\": 1, \"^^^\": 1, ...: 1, ..: 1, .: 1, ->: 1, %: 1, when: 1, &: 1, @: 1, |: 1, "
                + "\"=>\": 1, \"a\\0b\": 1, \"a\\\"b\": 1, \"a\\#{b\": 1, héllo: 1, \"fooπ\": 1, Ólá: 1, \"µ\": 1, "
                + "nil: 1, true: 1, do: 1, \"foo\\nbar\": 1]", p(kw(kv)));
        assertEquals("[\"Elixir\": 1, a: 2]", p(kw("Elixir", i(1), "a", i(2))));
    }

    @Test
    void aKeyStartingWithElixirDotMakesAPlainList() {
        assertEquals("[{:ok, 1}, {Foo.Bar, 1}]", p(kw("ok", i(1), "Elixir.Foo.Bar", i(1))));
        assertEquals("[{:a, 1}, 2]", p(list(Tuple.pair(a("a"), i(1)), i(2))));
        assertEquals("[foo: [bar: 'x']]", p(kw("foo", kw("bar", chars('x')))));
    }

    @Test
    void integers() {
        assertEquals("0", p(i(0)));
        assertEquals("-5", p(i(-5)));
        assertEquals("-123456789012345678901234567890",
                p(Int.of(new BigInteger("-123456789012345678901234567890"))));
    }

    @Test
    void floats() {
        Object[][] cases = {
            {1.0e10, "10000000000.0"}, {1.0e21, "1.0e21"}, {1.0e-5, "1.0e-5"}, {0.1, "0.1"},
            {123456789012345678.0, "1.2345678901234568e17"}, {1.0e100, "1.0e100"}, {5.0e-324, "5.0e-324"},
            {0.0, "0.0"}, {-0.0, "-0.0"}, {1.0, "1.0"}, {-1.0, "-1.0"}, {1.5, "1.5"}, {100.0, "100.0"},
            {1.0e15, "1000000000000000.0"}, {1.0e16, "1.0e16"}, {9007199254740992.0, "9007199254740992.0"},
            {1.0e17, "1.0e17"}, {0.001, "0.001"}, {0.0001, "0.0001"}, {1.234e-4, "1.234e-4"},
            {0.01234, "0.01234"}, {123.456, "123.456"}, {1.7976931348623157e308, "1.7976931348623157e308"},
            {2.2250738585072014e-308, "2.2250738585072014e-308"}, {1.0e22, "1.0e22"}, {1.0e23, "1.0e23"},
            {2.0e-3, "0.002"}, {12345678.9, "12345678.9"}, {1.0e-7, "1.0e-7"}, {3.14159, "3.14159"},
            {1.0e-10, "1.0e-10"}, {123456789.123, "123456789.123"}, {1.2345e16, "1.2345e16"},
            {1.0e300, "1.0e300"},
        };
        for (Object[] c : cases) {
            assertEquals(c[1], p(new Flt((Double) c[0])), () -> "float " + c[0]);
        }
    }

    @Test
    void printableStrings() {
        assertEquals("\"abc\"", p(new Str("abc")));
        assertEquals("\"a\\\"b\"", p(new Str("a\"b")));
        assertEquals("\"a\\\\b\"", p(new Str("a\\b")));
        assertEquals("\"a\\nb\\t\\e\\a\\b\\d\\f\\v\\r\"", p(new Str("a\nb\t\u001b\u0007\b\u007f\f\u000b\r")));
        assertEquals("\"\\#{x}\"", p(new Str("#{x}")));
        assertEquals("\"#x\"", p(new Str("#x")));
        assertEquals("\"#\"", p(new Str("#")));
        assertEquals("\"é\"", p(new Str("é")));
        assertEquals("\"\u200b\"", p(new Str("\u200b")));
        assertEquals("\"\\uFEFF\"", p(new Str("\uFEFF")));
        assertEquals("\"\uDBFF\uDFFF\"", p(new Str("\uDBFF\uDFFF")));
        assertEquals("\"\uD7FF\uE000\uFFFD\"", p(new Str("\uD7FF\uE000\uFFFD")));
        assertEquals("\"\"", p(new Str("")));
        assertEquals("\"\\d\"", p(new Str("\u007f")));
        assertEquals("\"'\"", p(new Str("'")));
        assertEquals("\"\u00A0\"", p(new Str("\u00A0")));
    }

    @Test
    void unprintableStringsAndBinaries() {
        assertEquals("<<97, 0, 98>>", p(new Str("a\0b")));
        assertEquals("<<239, 191, 190>>", p(new Str("\uFFFE")));
        assertEquals("<<31>>", p(new Str("\u001f")));
        assertEquals("<<194, 159>>", p(new Str("\u009f")));
        assertEquals("<<255>>", p(new Bin(new byte[] {(byte) 255})));
        assertEquals("<<97, 255, 98>>", p(new Bin(new byte[] {97, (byte) 255, 98})));
        assertEquals("<<133>>", p(new Bin(new byte[] {(byte) 0x85})));
    }

    @Test
    void charlistsAndLists() {
        assertEquals("'abc'", p(chars('a', 'b', 'c')));
        assertEquals("'a\\'b\"'", p(chars('a', '\'', 'b', '"')));
        assertEquals("'\\a\\b\\t\\n\\v\\f\\r\\e'", p(chars(7, 8, 9, 10, 11, 12, 13, 27)));
        assertEquals("[127]", p(chars(127)));
        assertEquals("[6]", p(chars(6)));
        assertEquals("[0]", p(chars(0)));
        assertEquals("[128]", p(chars(128)));
        assertEquals("[233]", p(chars(233)));
        assertEquals("'\\#{'", p(chars('#', '{')));
        assertEquals("'\\\\'", p(chars('\\')));
        assertEquals("[]", p(QList.EMPTY));
        assertEquals("'a'", p(chars('a')));
        assertEquals("[1, 2, 3]", p(chars(1, 2, 3)));
        assertEquals("' ~'", p(chars(32, 126)));
        assertEquals("[31]", p(chars(31)));
        assertEquals("[:a, \"b\", 'c', [], [1]]", p(list(a("a"), new Str("b"), chars('c'), QList.EMPTY, chars(1))));
    }

    @Test
    void tuples() {
        assertEquals("{}", p(new Tuple(List.of())));
        assertEquals("{1}", p(new Tuple(List.of(i(1)))));
        assertEquals("{1, 2, 3}", p(new Tuple(List.of(i(1), i(2), i(3)))));
        assertEquals("{:a, 'b'}", p(Tuple.pair(a("a"), chars('b'))));
    }

    @Test
    void callsVariablesAndMeta() {
        Call x = Call.variable("x", Meta.at(1, 1));
        assertEquals("{:x, [line: 1], nil}", p(x));
        assertEquals("{:foo, [line: 1], [1, :b]}", p(new Call(a("foo"), Meta.at(1, 1), List.of(i(1), a("b")))));
        assertEquals("{:=, [line: 1], [{:x, [line: 1], nil}, 1]}", p(new Call(a("="), Meta.at(1, 3), List.of(x, i(1)))));
        assertEquals("{:__block__, [], []}", p(new Call(a("__block__"), Meta.silentAt(1, 1), List.of())));
        // Arguments are a list like any other: all printable ints print as a charlist.
        assertEquals("{:foo, [], 'ab'}", p(new Call(a("foo"), Meta.EMPTY, List.of(i(97), i(98)))));
        Meta sigil = Meta.at(1, 1).with("delimiter", new Str("("));
        assertEquals("{:sigil_s, [delimiter: \"(\", line: 1], [{:<<>>, [line: 1], [\"a\\r\\nb\"]}, []]}",
                p(new Call(a("sigil_s"), sigil,
                        List.of(new Call(a("<<>>"), Meta.at(1, 1), List.of(new Str("a\r\nb"))), QList.EMPTY))));
        Call remote = new Call(new Call(a("."), Meta.at(2, 4), List.of(a("Elixir.Foo"), a("bar"))),
                Meta.at(2, 4).with("no_parens", Atom.TRUE), List.of());
        assertEquals("{{:., [line: 2], [Foo, :bar]}, [no_parens: true, line: 2], []}", p(remote));
        Meta two = Meta.at(3, 1).with("closing", kw("line", i(4))).with("do", kw("line", i(3)));
        assertEquals("{:foo, [do: [line: 3], closing: [line: 4], line: 3], nil}", p(new Call(a("foo"), two, null)));
    }

    private static Quoted nested(int depth) {
        Quoted q = i(1);
        for (int k = 0; k < depth; k++) {
            q = (k % 3 == 0) ? list(q) : (k % 3 == 1) ? Tuple.pair(q, a("a"))
                    : new Call(a("-"), Meta.at(1, 1), List.of(q));
        }
        return q;
    }

    @Test
    void deepNestingPrintsWithoutRecursion() {
        assertEquals("{[{:-, [line: 1], [{[1], :a}]}], :a}", p(nested(5)));
        int depth = 200_000;
        String s = p(nested(depth));
        // a list level adds 2 chars, a pair 6 ("{" and ", :a}"), a call 19 ("{:-, [line: 1], [" and "]}")
        int lists = (depth + 2) / 3;
        int pairs = (depth + 1) / 3;
        int calls = depth / 3;
        assertEquals(1 + lists * 2 + pairs * 6 + calls * 19, s.length());
        assertTrue(s.startsWith("{[{:-, [line: 1], [{[{:-, [line: 1], ["), s.substring(0, 40));
        assertTrue(s.endsWith("]}], :a}]}], :a}"), s.substring(s.length() - 40));
    }

    @Test
    void appendToAppendsToExistingText() {
        StringBuilder sb = new StringBuilder("x=");
        QuotedPrinter.appendTo(sb, list(i(1), Atom.NIL));
        assertEquals("x=[1, nil]", sb.toString());
    }
}
