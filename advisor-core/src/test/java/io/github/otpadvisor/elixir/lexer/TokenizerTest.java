package io.github.otpadvisor.elixir.lexer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Token kinds, values and positions per construct. Every expectation was checked against
 * {@code :elixir_tokenizer.tokenize/3} of Elixir 1.14 (see the differential in TokenDump).
 */
class TokenizerTest {

    private static void check(String source, String expected) {
        assertEquals(expected, TokenText.of(source), () -> "tokens of " + source);
    }

    @Test
    void endsWithEofAtTheEndPosition() {
        List<Token> tokens = Tokenizer.tokenize("a\nbc");
        Token eof = tokens.get(tokens.size() - 1);
        assertEquals(TokenKind.EOF, eof.kind);
        assertEquals(2, eof.line);
        assertEquals(3, eof.column);
        assertEquals(List.of(TokenKind.EOF), Tokenizer.tokenize("").stream().map(t -> t.kind).toList());
    }

    @Test
    void callIdentifiersDependOnWhatFollows() {
        check("foo(1)", "paren_identifier:foo@1:1 (@1:4 int:1@1:5 )@1:6");
        check("foo[1]", "bracket_identifier:foo@1:1 [@1:4 int:1@1:5 ]@1:6");
        check("foo [1]", "identifier:foo@1:1 [@1:5 int:1@1:6 ]@1:7");
        check("foo do end", "do_identifier:foo@1:1 do@1:5 end@1:8");
        check("foo bar do end", "identifier:foo@1:1 do_identifier:bar@1:5 do@1:9 end@1:12");
        check("foo: 1", "kw_identifier:foo@1:1 int:1@1:6");
        check("Foo.bar", "alias:Foo@1:1 .@1:4 identifier:bar@1:5");
        check("foo? bar!", "identifier:foo?@1:1 identifier:bar!@1:6");
        check("__MODULE__", "identifier:__MODULE__@1:1");
        check("...()", "paren_identifier:...@1:1 (@1:4 )@1:5");
    }

    @Test
    void spaceSensitiveDualOperators() {
        check("foo -1", "op_identifier:foo@1:1 dual_op:-@1:5 int:1@1:6");
        check("foo - 1", "identifier:foo@1:1 dual_op:-@1:5 int:1@1:7");
        check("foo -a", "op_identifier:foo@1:1 dual_op:-@1:5 identifier:a@1:6");
        check("foo +(1)", "identifier:foo@1:1 dual_op:+@1:5 (@1:6 int:1@1:7 )@1:8");
        check("foo -:a", "identifier:foo@1:1 dual_op:-@1:5 atom:a@1:6");
        check("a-1", "identifier:a@1:1 dual_op:-@1:2 int:1@1:3");
        check("a\n-1", "identifier:a@1:1 eol(1)@1:2 dual_op:-@2:1 int:1@2:2");
    }

    @Test
    void reservedWords() {
        check("true false nil", "true@1:1 false@1:6 nil@1:12");
        check("fn x -> x end", "fn@1:1 identifier:x@1:4 stab_op:->@1:6 identifier:x@1:9 end@1:11");
        check("do: 1", "kw_identifier:do@1:1 int:1@1:5");
        check("x.do", "identifier:x@1:1 .@1:2 identifier:do@1:3");
        check("a when b", "identifier:a@1:1 when_op:when@1:3 identifier:b@1:8");
        check("a and b or not c", "identifier:a@1:1 and_op:and@1:3 identifier:b@1:7 or_op:or@1:9 unary_op:not@1:12 "
                + "identifier:c@1:16");
        check("a in b", "identifier:a@1:1 in_op:in@1:3 identifier:b@1:6");
        check("a not in b", "identifier:a@1:1 in_op:not in@1:3 identifier:b@1:10");
        check("a not  in b", "identifier:a@1:1 in_op:not in@1:3 identifier:b@1:11");
        check("try do a after b end", "do_identifier:try@1:1 do@1:5 identifier:a@1:8 block_identifier:after@1:10 "
                + "identifier:b@1:16 end@1:18");
        check("and/2", "identifier:and@1:1 mult_op:/@1:4 int:2@1:5");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ' ', value = {
        "|> arrow_op", "<<< arrow_op", ">>> arrow_op", "<<~ arrow_op", "~>> arrow_op", "<~> arrow_op",
        "<|> arrow_op", "~> arrow_op", "<~ arrow_op", "||| or_op", "|| or_op", "&&& and_op", "&& and_op",
        "^^^ xor_op", "=~ comp_op", "=== comp_op", "!== comp_op", "== comp_op", "!= comp_op", "<= rel_op",
        ">= rel_op", "< rel_op", "> rel_op", "++ concat_op", "-- concat_op", "+++ concat_op", "--- concat_op",
        "<> concat_op", ".. range_op", "** power_op", "* mult_op", "/ mult_op", "// ternary_op", "\\\\ in_match_op",
        "<- in_match_op", "-> stab_op", "=> assoc_op", "| pipe_op", "= match_op", ":: type_op", "+ dual_op",
        "- dual_op"})
    void binaryOperators(String op, String kind) {
        List<Token> tokens = Tokenizer.tokenize("a " + op + " b");
        assertEquals(kind, TokenDump.name(tokens.get(1).kind), op);
        assertEquals(op, tokens.get(1).value);
        assertEquals(3, tokens.get(1).column);
        assertEquals(4 + op.length(), tokens.get(2).column);
    }

    @Test
    void unaryOperatorsAndCaptures() {
        check("!a ^b ~~~c @d", "unary_op:!@1:1 identifier:a@1:2 unary_op:^@1:4 identifier:b@1:5 unary_op:~~~@1:7 "
                + "identifier:c@1:10 at_op:@@1:12 identifier:d@1:13");
        check("&(&1)", "capture_op:&@1:1 (@1:2 capture_op:&@1:3 int:1@1:4 )@1:5");
        check("&+/2", "capture_op:&@1:1 identifier:+@1:2 mult_op:/@1:3 int:2@1:4");
        check("& /2", "identifier:&@1:1 mult_op:/@1:3 int:2@1:4");
        check("a.(1)", "identifier:a@1:1 dot_call_op:.@1:2 (@1:3 int:1@1:4 )@1:5");
        check("a.+(1)", "identifier:a@1:1 .@1:2 paren_identifier:+@1:3 (@1:4 int:1@1:5 )@1:6");
        check("..///2", "identifier:..//@1:1 mult_op:/@1:5 int:2@1:6");
    }

    @Test
    void operatorsFollowingANewlineKeepTheCount() {
        check("a\n  |> b", "identifier:a@1:1 arrow_op:|>(1)@2:3 identifier:b@2:6");
        check("a\n\n|> b", "identifier:a@1:1 arrow_op:|>(2)@3:1 identifier:b@3:4");
        check("a\n  and b", "identifier:a@1:1 and_op:and(1)@2:3 identifier:b@2:7");
        check("a\nnot b", "identifier:a@1:1 eol(1)@1:2 unary_op:not(1)@2:1 identifier:b@2:5");
        check("f(a\n)", "paren_identifier:f@1:1 (@1:2 identifier:a@1:3 eol(1)@1:4 )(1)@2:1");
    }

    @Test
    void operatorsAsAtomsAndKeywords() {
        check(":+ :++ :&&& :... :.. :. :%{} :% :{} :<<>> :..// :\\\\",
                "atom:+@1:1 atom:++@1:4 atom:&&&@1:8 atom:...@1:13 atom:..@1:18 atom:.@1:22 atom:%{}@1:25 atom:%@1:30 "
                        + "atom:{}@1:33 atom:<<>>@1:37 atom:..//@1:43 atom:\\\\@1:49");
        check(":::", "atom:::@1:1");
        check("+: 1", "kw_identifier:+@1:1 int:1@1:4");
        check("%{}: 1 %: 2 {}: 3 <<>>: 4 &: 5 ...: 6",
                "kw_identifier:%{}@1:1 int:1@1:6 kw_identifier:%@1:8 int:2@1:11 kw_identifier:{}@1:13 int:3@1:17 "
                        + "kw_identifier:<<>>@1:19 int:4@1:25 kw_identifier:&@1:27 int:5@1:30 kw_identifier:...@1:32 "
                        + "int:6@1:37");
        check(":foo :Foo :foo? :foo@bar :do", "atom:foo@1:1 atom:Foo@1:6 atom:foo?@1:11 atom:foo@bar@1:17 atom:do@1:26");
    }

    @Test
    void quotedAtomsKeywordsAndCalls() {
        check(":\"a b\"", "atom_quoted:a b@1:1");
        check(":'a b'", "atom_quoted:a b@1:1");
        check(":\"a#{1}b\"", "atom_unsafe:[a|#{int:1@1:6}@1:4-1:7|b]@1:1");
        check("\"a b\": 1", "kw_identifier:a b@1:1 int:1@1:8");
        check("'a': 1", "kw_identifier:a@1:1 int:1@1:6");
        check("\"a#{1}\": 2", "kw_identifier_unsafe:[a|#{int:1@1:5}@1:3-1:6]@1:1 int:2@1:10");
        check("Mod.\"fun\"()", "alias:Mod@1:1 .@1:4 paren_identifier:fun@1:5 (@1:10 )@1:11");
        check("x.'a\\nb'", "identifier:x@1:1 .@1:2 identifier:a\\nb@1:3");
    }

    @Test
    void stringEscapes() {
        check("\"\\a\\b\\d\\e\\f\\n\\r\\s\\t\\v\\0\\q\\\"\"", "bin_string:[\u0007\b\u007f\u001b\f\n\r \t\u000b\u0000q\"]@1:1");
        check("\"\\x41\\u0042\\u{43}\\x{44}\"", "bin_string:[ABCD]@1:1");
        check("\"a\\\nb\" x", "bin_string:[ab]@1:1 identifier:x@2:4");
        check("'a\\'b'", "list_string:[a'b]@1:1");
        check("\"\\#{a}\"", "bin_string:[#{a}]@1:1");
        List<Token> tokens = Tokenizer.tokenize("\"\\xFF\\xC3\\xA9\"");
        byte[] bytes = (byte[]) ((List<?>) tokens.get(0).value).get(0);
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xC3, (byte) 0xA9}, bytes);
        check("\"\\xC3\\xA9\"", "bin_string:[é]@1:1");
    }

    @Test
    void interpolationAtAnyDepth() {
        check("\"a#{b}c\"", "bin_string:[a|#{identifier:b@1:5}@1:3-1:6|c]@1:1");
        check("\"a#{\"b#{c}\"}d\"", "bin_string:[a|#{bin_string:[b|#{identifier:c@1:9}@1:7-1:10]@1:5}@1:3-1:12|d]@1:1");
        check("\"#{}\"", "bin_string:[#{}@1:2-1:4]@1:1");
        check("\"#{a\n}\"", "bin_string:[#{identifier:a@1:4 eol(1)@1:5}@1:2-2:1]@1:1");
        check("'#{a}'", "list_string:[#{identifier:a@1:4}@1:2-1:5]@1:1");
        check("\"#{%{a: 1}}\"", "bin_string:[#{%{}@1:4 {@1:5 kw_identifier:a@1:6 int:1@1:9 }@1:10}@1:2-1:11]@1:1");
        // Elixir 1.14 advances a single column for the three characters \#{
        check("\"\\#{a} \" <> b", "bin_string:[#{a} ]@1:1 concat_op:<>@1:8 identifier:b@1:11");
    }

    @Test
    void heredocs() {
        check("\"\"\"\n  a\n   b\n  \"\"\"", "bin_heredoc:[a\n b\n]/indent=2@1:1");
        check("'''\n  a\n  '''", "list_heredoc:[a\n]/indent=2@1:1");
        check("\"\"\"\n\"\"\"", "bin_heredoc:[]/indent=0@1:1");
        check("\"\"\"\n#{a}\n\"\"\"", "bin_heredoc:[|#{identifier:a@2:3}@2:1-2:4|\n]/indent=0@1:1");
        check("x = \"\"\"\n    a\n    \"\"\" <> \"b\"",
                "identifier:x@1:1 match_op:=@1:3 bin_heredoc:[a\n]/indent=4@1:5 concat_op:<>@3:9 bin_string:[b]@3:12");
        check("\"\"\"\n  a\\\n  b\n  \"\"\"", "bin_heredoc:[ab\n]/indent=2@1:1");
        check("\"\"\"\n  \\\"\"\"\n  \"\"\"", "bin_heredoc:[\"\"\"\n]/indent=2@1:1");
        check("\"\"\"\r\n  a\r\n  \"\"\"", "bin_heredoc:[a\r\n]/indent=2@1:1");
    }

    @Test
    void sigils() {
        check("~s(a b)", "sigil:~s([a b]@1:1");
        check("~r/a+/iu", "sigil:~r/[a+]iu@1:1");
        check("~w[a b]a ~c{x} ~s<x> ~s|x| ~s\"x\" ~s'x'", "sigil:~w[[a b]a@1:1 sigil:~c{[x]@1:10 sigil:~s<[x]@1:16 "
                + "sigil:~s|[x]@1:22 sigil:~s\"[x]@1:28 sigil:~s'[x]@1:34");
        check("~s(a#{1}b)", "sigil:~s([a|#{int:1@1:7}@1:5-1:8|b]@1:1");
        check("~S(a#{1}b)", "sigil:~S([a#{1}b]@1:1");
        check("~S(a\\)b)", "sigil:~S([a)b]@1:1");
        check("~s(\\n)", "sigil:~s([\\n]@1:1");
        check("~S\"\"\"\n  x\n  \"\"\"m", "sigil:~S\"\"\"[x\n]m/indent=2@1:1");
        check("~HTML\"<p>\" ~H1(x)", "sigil:~HTML\"[<p>]@1:1 sigil:~H1([x]@1:12");
        check("~HTML\"\"\"\n  x\n  \"\"\"", "sigil:~HTML\"\"\"[x\n]/indent=2@1:1");
    }

    @Test
    void charLiterals() {
        check("?a ?\\s ?\\\\ ?é ?😀 x", "char:97@1:1 char:32@1:4 char:92@1:8 char:233@1:12 char:128512@1:15 "
                + "identifier:x@1:18");
        check("?\\n ?\\0 ?\\x", "char:10@1:1 char:0@1:5 char:120@1:9");
        assertEquals("?\\n", Tokenizer.tokenize("?\\n").get(0).extra);
        // a literal newline after ? does not move to the next line
        check("?\n x", "char:10@1:1 identifier:x@1:4");
    }

    @Test
    void numbers() {
        List<Token> tokens = Tokenizer.tokenize("0x1F 0b101 0o17 1_000 1.5e-3 123456789012345678901234567890 1.0E+10");
        assertEquals(BigInteger.valueOf(31), tokens.get(0).value);
        assertEquals("0x1F", tokens.get(0).extra);
        assertEquals(BigInteger.valueOf(5), tokens.get(1).value);
        assertEquals(BigInteger.valueOf(15), tokens.get(2).value);
        assertEquals(BigInteger.valueOf(1000), tokens.get(3).value);
        assertEquals("1_000", tokens.get(3).extra);
        assertEquals(0.0015, tokens.get(4).value);
        assertEquals(TokenKind.FLT, tokens.get(4).kind);
        assertEquals(new BigInteger("123456789012345678901234567890"), tokens.get(5).value);
        assertEquals(1.0e10, tokens.get(6).value);
        assertEquals("1.0E+10", tokens.get(6).extra);
        check("1..2", "int:1@1:1 range_op:..@1:2 int:2@1:4");
        check("1.e", "int:1@1:1 .@1:2 identifier:e@1:3");
    }

    @Test
    void commentsAndLineEnds() {
        check("a # c\n\nb", "identifier:a@1:1 eol(2)@1:3 identifier:b@3:1");
        check("a\n# c\nb", "identifier:a@1:1 eol(1)@1:2 identifier:b@3:1");
        check("a,\n\nb", "identifier:a@1:1 ,(2)@1:2 identifier:b@3:1");
        check("a;b", "identifier:a@1:1 ;(0)@1:2 identifier:b@1:3");
        check("a\r\nb", "identifier:a@1:1 eol(1)@1:2 identifier:b@2:1");
        check("a \\\n  b", "identifier:a@1:1 identifier:b@2:3");
        check("a.\n  b", "identifier:a@1:1 .@1:2 identifier:b@2:3");
        check("a\tb", "identifier:a@1:1 identifier:b@1:3");
    }

    @Test
    void containers() {
        check("%{a: 1}", "%{}@1:1 {@1:2 kw_identifier:a@1:3 int:1@1:6 }@1:7");
        check("%Foo{}", "%@1:1 alias:Foo@1:2 {@1:5 }@1:6");
        check("<<1>>", "<<@1:1 int:1@1:3 >>@1:4");
        check("{[()]}", "{@1:1 [@1:2 (@1:3 )@1:4 ]@1:5 }@1:6");
    }

    @Test
    void unicodeNamesAndColumns() {
        check("é = 1", "identifier:é@1:1 match_op:=@1:3 int:1@1:5");
        check(":Ünicode", "atom:Ünicode@1:1");
        check("e\u0301 = 1", "identifier:é@1:1 match_op:=@1:4 int:1@1:6"); // NFC name, columns of the source
        check("µ", "identifier:μ@1:1");
        // columns count code points outside strings and grapheme clusters inside them
        check("\"😀\" <> x", "bin_string:[😀]@1:1 concat_op:<>@1:5 identifier:x@1:8");
        check("\"e\u0301\" <> x", "bin_string:[e\u0301]@1:1 concat_op:<>@1:5 identifier:x@1:8");
        check("\"👍🏽\" <> x", "bin_string:[👍🏽]@1:1 concat_op:<>@1:5 identifier:x@1:8");
    }

    @Test
    void interpolationTokensAreInterpolationRecords() {
        Token string = Tokenizer.tokenize("\"#{a}\"").get(0);
        Token.Interpolation part = assertInstanceOf(Token.Interpolation.class, ((List<?>) string.value).get(0));
        assertEquals(1, part.tokens().size());
        assertEquals("a", part.tokens().get(0).value);
    }
}
