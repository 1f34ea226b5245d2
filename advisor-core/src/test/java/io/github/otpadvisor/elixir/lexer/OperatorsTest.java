package io.github.otpadvisor.elixir.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The operator table against the clauses of Elixir 1.14's elixir_tokenizer.erl, context by context:
 * the sets below are copied from those clauses' guards, not derived from the table.
 */
class OperatorsTest {
    private static final List<String> ALL = List.of("~~~", "===", "!==", "&&&", "|||", "^^^", "+++", "---", "<<<",
            ">>>", "~>>", "<<~", "<~>", "<|>", "//", "**", "..", "++", "--", "<>", "|>", "~>", "<~", "==", "=~", "!=",
            "<=", ">=", "&&", "||", "<-", "\\\\", "::", "->", "=>", "&", "@", "!", "^", "<", ">", "+", "-", "*", "/",
            "=", "|", "<<", ">>", "...", "..//", "<<>>", "%{}", "%", "{}", ".");

    private static final Set<String> THREE = Set.of("~~~", "===", "!==", "&&&", "|||", "<<<", ">>>", "~>>", "<<~",
            "<~>", "<|>", "^^^", "+++", "---");
    private static final Set<String> ONE = Set.of("@", "!", "^", "&", "+", "-", "*", "/", "<", ">", "=", "|");

    /** {@code tokenize([$:, ...])}: the special atoms, three-char ops, {@code :::}, two-char ops, one-char ops and {@code .}. */
    private static final Set<String> ATOM = union(THREE, ONE, Set.of("...", "<<>>", "%{}", "%", "{}", "..//", "::",
            "==", "=~", "!=", "<=", ">=", "&&", "||", "|>", "~>", "<~", "<-", "\\\\", "++", "--", "<>", "**", "->", "..",
            "."));

    /** {@code handle_dot/6}: as atoms, but {@code ::} rather than {@code ->}, and no specials. */
    private static final Set<String> CALL = union(THREE, ONE, Set.of("==", "=~", "!=", "<=", ">=", "&&", "||", "|>",
            "~>", "<~", "<-", "\\\\", "++", "--", "<>", "**", "::", ".."));

    /** {@code handle_op/8}, {@code handle_unary_op/8} and the explicit {@code ".:"}... clauses. */
    private static final Set<String> KEYWORD = union(THREE, ONE, Set.of("**", "..", "++", "--", "<>", "|>", "~>", "<~",
            "==", "=~", "!=", "<=", ">=", "&&", "||", "<-", "\\\\", "::", "->", ".", "...", "<<>>", "%{}", "%", "{}",
            "..//"));

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        return java.util.Arrays.stream(sets).flatMap(Set::stream).collect(java.util.stream.Collectors.toSet());
    }

    private static String longest(String source, int k, int context) {
        Operators.Operator op = Operators.longest(new SourceReader(source.toCharArray(), source.length()), k, context);
        return op == null ? null : op.text;
    }

    private static void assertContext(int context, Set<String> expected) {
        for (String text : ALL) {
            // a keyword only counts before ": "
            String source = context == Operators.KEYWORD ? text + ": 1" : text;
            boolean found = text.equals(longest(source, 0, context));
            assertEquals(expected.contains(text), found, () -> text + " in context " + context);
        }
    }

    @Test
    void atomsCallsAndKeywordsAllowWhatTheirClausesAllow() {
        assertContext(Operators.ATOM, ATOM);
        assertContext(Operators.CALL, CALL);
        assertContext(Operators.KEYWORD, KEYWORD);
    }

    @Test
    void everyOperatorButTheSpecialAtomsIsPlain() {
        assertContext(Operators.PLAIN, union(THREE, ONE, Set.of("//", "**", "..", "++", "--", "<>", "|>", "~>", "<~",
                "==", "=~", "!=", "<=", ">=", "&&", "||", "<-", "\\\\", "::", "->", "=>", "<<", ">>", "...", "..//")));
    }

    @Test
    void theLongestAllowedMatchWins() {
        assertEquals("<<<", longest("<<<<", 0, Operators.PLAIN));
        assertEquals("<<", longest("<<>>", 0, Operators.PLAIN));
        assertEquals("<<", longest("<<>>x", 0, Operators.PLAIN | Operators.KEYWORD));
        assertEquals("<<>>", longest("<<>>: x", 0, Operators.PLAIN | Operators.KEYWORD));
        assertNull(longest("%{}x", 0, Operators.PLAIN | Operators.KEYWORD));
        assertNull(longest("+", 0, Operators.KEYWORD));
        assertEquals("-", longest("->", 0, Operators.CALL));
        assertEquals("/", longest("//", 0, Operators.ATOM));
        assertEquals("::", longest(":::", 1, Operators.ATOM));
        assertEquals("..//", longest("..///", 0, Operators.PLAIN));
        assertNull(longest("a+", 0, Operators.PLAIN));
        assertNull(longest("é", 0, Operators.PLAIN));
        assertNull(longest("+", 1, Operators.PLAIN));
    }

    @Test
    void kindsAreThePrecedenceFamilies() {
        SourceReader in = new SourceReader("<|>".toCharArray(), 3);
        assertEquals(TokenKind.ARROW_OP, Operators.longest(in, 0, Operators.PLAIN).kind);
        in = new SourceReader("\\\\".toCharArray(), 2);
        assertEquals(TokenKind.IN_MATCH_OP, Operators.longest(in, 0, Operators.PLAIN).kind);
    }

    @Test
    void contextsShowInTokens() {
        assertEquals("atom:->@1:1 atom:::@1:5 atom:.@1:9", TokenText.of(":-> ::: :."));
        assertEquals("identifier:a@1:1 .@1:2 identifier:-@1:3 rel_op:>@1:4 identifier:b@1:5", TokenText.of("a.->b"));
        assertEquals("identifier:a@1:1 .@1:2 identifier:::@1:3", TokenText.of("a.::"));
        assertEquals("kw_identifier:->@1:1 int:1@1:5 kw_identifier:.@1:7 int:2@1:10", TokenText.of("->: 1 .: 2"));
        assertEquals("<<@1:1 >>@1:3 identifier:x@1:6", TokenText.of("<<>> x"));
    }
}
