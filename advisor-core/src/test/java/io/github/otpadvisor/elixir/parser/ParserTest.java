package io.github.otpadvisor.elixir.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.elixir.ParseResult;
import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.QList;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.ast.QuotedPrinter;
import io.github.otpadvisor.elixir.lexer.Token;
import io.github.otpadvisor.elixir.lexer.TokenKind;
import io.github.otpadvisor.elixir.lexer.Tokenizer;
import io.github.otpadvisor.elixir.syntax.SyntaxErrorException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parser behaviour beyond the printed form: positions, hand-built token lists, nesting limits. */
class ParserTest {
    private static final ElixirFrontEnd FRONT_END = new ElixirFrontEnd();

    private static Quoted parse(String source) {
        return Parser.parse(Tokenizer.tokenize(source));
    }

    private static Token t(TokenKind kind, int column, Object value) {
        return new Token(kind, 1, column, value, null);
    }

    @Test
    void emptyTokenListIsAnEmptyBlock() {
        assertEquals("{:__block__, [], []}", QuotedPrinter.print(Parser.parse(List.of())));
        assertEquals("{:__block__, [], []}",
                QuotedPrinter.print(Parser.parse(List.of(new Token(TokenKind.EOF, 1, 1, null, null)))));
    }

    @Test
    void handBuiltTokensForAnAmbiguousOperatorCall() {
        // foo -1  ->  {:foo, [ambiguous_op: nil, line: 1], [{:-, [line: 1], [1]}]}
        List<Token> tokens = List.of(
                t(TokenKind.OP_IDENTIFIER, 1, "foo"),
                t(TokenKind.DUAL_OP, 5, "-"),
                new Token(TokenKind.INT, 1, 6, BigInteger.ONE, "1"),
                new Token(TokenKind.EOF, 1, 7, null, null));
        assertEquals("{:foo, [ambiguous_op: nil, line: 1], [{:-, [line: 1], [1]}]}",
                QuotedPrinter.print(Parser.parse(tokens)));
    }

    @Test
    void handBuiltTokensWithoutEofAreAccepted() {
        List<Token> tokens = List.of(t(TokenKind.IDENTIFIER, 1, "a"), t(TokenKind.MATCH_OP, 3, "="),
                new Token(TokenKind.INT, 1, 5, BigInteger.TWO, "2"));
        assertEquals("{:=, [line: 1], [{:a, [line: 1], nil}, 2]}", QuotedPrinter.print(Parser.parse(tokens)));
    }

    @Test
    void incompleteInputIsReportedAtTheLastToken() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> parse("1 +\n"));
        assertEquals("syntax error: expression is incomplete", e.error().message());
        assertEquals(1, e.error().line());
        assertEquals(4, e.error().column()); // the eol token, as Elixir reports it
    }

    @Test
    void everyNodeKeepsItsColumn() {
        Call call = (Call) parse("  foo(bar,  baz.qux)");
        assertEquals(1, call.meta().line());
        assertEquals(3, call.meta().column());
        Call bar = (Call) call.args().get(0);
        assertEquals(7, bar.meta().column());
        Call remote = (Call) call.args().get(1);
        assertEquals(17, remote.meta().column());
        Call dot = (Call) remote.target();
        assertEquals(16, dot.meta().column());
    }

    @Test
    void blocksKeepAPositionTheyDoNotPrint() {
        Call block = (Call) parse("a\nb");
        assertFalse(block.meta().printsLine());
        assertEquals(1, block.meta().line());
        assertEquals("{:__block__, [], [{:a, [line: 1], nil}, {:b, [line: 2], nil}]}", QuotedPrinter.print(block));
    }

    @Test
    void stabClausesAreCollectedIntoTheirBodies() {
        Call fn = (Call) parse("fn\n  x -> 1\n  2\n  y -> 3\nend");
        assertEquals(2, fn.args().size());
        Call first = (Call) fn.args().get(0);
        assertTrue(first.args().get(0) instanceof QList);
        assertEquals("{:__block__, [], [1, 2]}", QuotedPrinter.print(first.args().get(1)));
    }

    @Test
    void deepNestingWithinTheLimitParses() {
        int n = 9_000;
        for (String source : List.of("[".repeat(n) + "]".repeat(n), "(".repeat(n) + "a" + ")".repeat(n),
                "- ".repeat(n) + "a", "a = ".repeat(n) + "a", "fn -> ".repeat(n) + " end".repeat(n),
                "f(".repeat(n) + ")".repeat(n), "%{a: ".repeat(n) + "1" + "}".repeat(n),
                "f do ".repeat(n) + " end".repeat(n), "@".repeat(n) + "a")) {
            ParseResult r = FRONT_END.parse(source);
            assertTrue(r.ok(), () -> source.substring(0, 20) + ": " + r.error());
        }
    }

    @Test
    void nestingBeyondTheLimitIsASyntaxError() {
        int n = 100_000;
        for (String source : List.of("[".repeat(n) + "]".repeat(n), "{".repeat(n) + "}".repeat(n),
                "(".repeat(n) + "a" + ")".repeat(n), "- ".repeat(n) + "a", "not ".repeat(n) + "a",
                "& ".repeat(n) + "a", "@".repeat(n) + "a", "a = ".repeat(n) + "a", "a | ".repeat(n) + "a",
                "f(".repeat(n) + ")".repeat(n), "f ".repeat(n) + "a", "fn -> ".repeat(n) + " end".repeat(n),
                "f do ".repeat(n) + " end".repeat(n), "%{a: ".repeat(n) + "1" + "}".repeat(n))) {
            ParseResult r = FRONT_END.parse(source);
            assertFalse(r.ok(), () -> source.substring(0, 20));
            assertEquals("expression nested too deeply: more than " + Parser.MAX_DEPTH + " levels",
                    r.error().message(), () -> source.substring(0, 20));
        }
    }

    @Test
    void longLeftAssociativeChainsAreLoops() {
        int n = 100_000;
        for (String source : List.of("a + ".repeat(n) + "a", "a |> ".repeat(n) + "a", "a" + "[1]".repeat(n),
                "a" + ".b".repeat(n), "a" + ".(1)".repeat(n), "x\n".repeat(n))) {
            ParseResult r = FRONT_END.parse(source);
            assertTrue(r.ok(), () -> source.substring(0, 20) + ": " + r.error());
        }
    }

    @Test
    void interpolationIsParsedWithTheSameGrammar() {
        assertEquals("{:<<>>, [line: 1], [\"a\", {:\"::\", [line: 1], [{{:., [line: 1], [Kernel, :to_string]}, "
                + "[line: 1], [{:__block__, [], [{:!, [line: 1], [{:b, [line: 1], nil}]}]}]}, "
                + "{:binary, [line: 1], nil}]}]}", QuotedPrinter.print(parse("\"a#{!b}\"")));
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> parse("\"#{[a, b c, d]}\""));
        assertTrue(e.error().message().startsWith("unexpected comma. Parentheses are required to solve ambiguity"));
    }

    @Test
    void noExceptionButSyntaxErrorEscapesOnArbitraryTokens() {
        TokenKind[] kinds = TokenKind.values();
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 20_000; round++) {
            List<Token> tokens = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                TokenKind k = kinds[random.nextInt(kinds.length - 1)];
                tokens.add(randomToken(k, i + 1, random));
            }
            try {
                Parser.parse(tokens);
            } catch (SyntaxErrorException expected) {
                // fine
            }
        }
    }

    private static Token randomToken(TokenKind k, int column, java.util.Random random) {
        switch (k) {
            case INT:
                return new Token(k, 1, column, BigInteger.valueOf(random.nextInt(10)), "1");
            case FLT:
                return new Token(k, 1, column, 1.5, "1.5");
            case CHAR:
                return new Token(k, 1, column, 97, "?a");
            case BIN_STRING: case LIST_STRING: case ATOM_SAFE: case ATOM_UNSAFE:
            case KW_IDENTIFIER_SAFE: case KW_IDENTIFIER_UNSAFE:
                return new Token(k, 1, column, List.of("s"), null);
            case BIN_HEREDOC: case LIST_HEREDOC:
                return new Token(k, 1, column, List.of("s"), null, null, null, 0, null);
            case SIGIL:
                return new Token(k, 1, column, List.of("s"), null, "r", "", -1, "/");
            case EOL: case COMMA: case SEMICOLON:
                return new Token(k, 1, column, null, 1);
            case DUAL_OP:
                return t(k, column, random.nextBoolean() ? "-" : "+");
            case TERNARY_OP:
                return t(k, column, "//");
            case RANGE_OP:
                return t(k, column, "..");
            case IN_OP:
                return t(k, column, random.nextBoolean() ? "in" : "not in");
            case UNARY_OP:
                return t(k, column, random.nextBoolean() ? "not" : "!");
            case BLOCK_IDENTIFIER:
                return t(k, column, "else");
            default:
                return t(k, column, k.name().toLowerCase());
        }
    }
}
