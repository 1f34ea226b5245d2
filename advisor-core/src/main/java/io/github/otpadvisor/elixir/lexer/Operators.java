package io.github.otpadvisor.elixir.lexer;

import static io.github.otpadvisor.elixir.lexer.TokenKind.*;

import java.util.Arrays;
import java.util.List;

/**
 * Elixir 1.14's operators in one table, family by family as the macros at the top of
 * {@code elixir_tokenizer.erl} define them, each with the contexts that recognize it. A lookup
 * returns the longest operator a context allows, which is the order in which the tokenizer's
 * clauses try them (three chars, then two, then one).
 */
final class Operators {
    private Operators() {
    }

    /** Context: an operator in an expression, the operator clauses of {@code tokenize/5}. */
    static final int PLAIN = 1;
    /** Context: after {@code :}, an atom such as {@code :+} ({@code tokenize([$:, T1, T2 | Rest], ...)}). */
    static final int ATOM = 2;
    /** Context: after {@code .}, a remote call such as {@code Kernel.+} ({@code handle_dot/6}). */
    static final int CALL = 4;
    /**
     * Context: before {@code :} and a space, a keyword such as {@code +: 1}: the first clause of
     * {@code handle_op/8} and {@code handle_unary_op/8}, and the explicit {@code ".:"}, {@code "%{}:"}... clauses.
     */
    static final int KEYWORD = 8;
    private static final int EVERYWHERE = PLAIN | ATOM | CALL | KEYWORD;

    /** What {@code tokenize/5} makes of a {@link #PLAIN} operator. */
    enum Plain {
        /** Not an operator in an expression: {@code %{}} and friends are atoms and keywords only. */
        NONE,
        /** {@code handle_op/8}: records and swallows a preceding eol. */
        BINARY,
        /** {@code handle_unary_op/8}: neither records nor swallows an eol. */
        UNARY,
        /** {@code //} and {@code =>}: swallow an eol, but never a keyword nor a name before {@code /}. */
        EOL_BINARY,
        /** {@code &}: a capture, or the name {@code &} in {@code &/2}. */
        CAPTURE,
        /** {@code <<} and {@code >>}, brackets that share their first chars with operators. */
        OPEN_BIT, CLOSE_BIT,
        /** {@code ...}: a name, called or not like any identifier. */
        ELLIPSIS,
        /** {@code ..//}: only the name in {@code &..///3}. */
        STEPPED_RANGE
    }

    /** One operator: its text, its token kind (its precedence family) and where it is recognized. */
    record Operator(String text, TokenKind kind, Plain plain, int contexts) {
        int length() {
            return text.length();
        }

        boolean in(int context) {
            return (contexts & context) != 0;
        }
    }

    /** The operators as a trie over their chars, from the first (ASCII) char. */
    private static final Node[] ROOT = trie(
            // unary_op3 (deprecated), comp_op3, and_op3, or_op3, xor_op3 (deprecated), concat_op3, arrow_op3
            family(UNARY_OP, Plain.UNARY, EVERYWHERE, "~~~"),
            family(COMP_OP, Plain.BINARY, EVERYWHERE, "===", "!=="),
            family(AND_OP, Plain.BINARY, EVERYWHERE, "&&&"),
            family(OR_OP, Plain.BINARY, EVERYWHERE, "|||"),
            family(XOR_OP, Plain.BINARY, EVERYWHERE, "^^^"),
            family(CONCAT_OP, Plain.BINARY, EVERYWHERE, "+++", "---"),
            family(ARROW_OP, Plain.BINARY, EVERYWHERE, "<<<", ">>>", "~>>", "<<~", "<~>", "<|>"),
            // two chars: ternary_op, power_op, range_op, concat_op, arrow_op, comp_op2, rel_op2,
            // and_op, or_op, in_match_op, type_op (a call, and the atom ::: as ::), stab_op (no call)
            family(TERNARY_OP, Plain.EOL_BINARY, PLAIN, "//"),
            family(POWER_OP, Plain.BINARY, EVERYWHERE, "**"),
            family(RANGE_OP, Plain.BINARY, EVERYWHERE, ".."),
            family(CONCAT_OP, Plain.BINARY, EVERYWHERE, "++", "--", "<>"),
            family(ARROW_OP, Plain.BINARY, EVERYWHERE, "|>", "~>", "<~"),
            family(COMP_OP, Plain.BINARY, EVERYWHERE, "==", "=~", "!="),
            family(REL_OP, Plain.BINARY, EVERYWHERE, "<=", ">="),
            family(AND_OP, Plain.BINARY, EVERYWHERE, "&&"),
            family(OR_OP, Plain.BINARY, EVERYWHERE, "||"),
            family(IN_MATCH_OP, Plain.BINARY, EVERYWHERE, "<-", "\\\\"),
            family(TYPE_OP, Plain.BINARY, EVERYWHERE, "::"),
            family(STAB_OP, Plain.BINARY, PLAIN | ATOM | KEYWORD, "->"),
            family(ASSOC_OP, Plain.EOL_BINARY, PLAIN, "=>"),
            // one char: capture_op, at_op, unary_op, rel_op, dual_op, mult_op, match_op, pipe_op
            family(CAPTURE_OP, Plain.CAPTURE, EVERYWHERE, "&"),
            family(AT_OP, Plain.UNARY, EVERYWHERE, "@"),
            family(UNARY_OP, Plain.UNARY, EVERYWHERE, "!", "^"),
            family(REL_OP, Plain.BINARY, EVERYWHERE, "<", ">"),
            family(DUAL_OP, Plain.UNARY, EVERYWHERE, "+", "-"),
            family(MULT_OP, Plain.BINARY, EVERYWHERE, "*", "/"),
            family(MATCH_OP, Plain.BINARY, EVERYWHERE, "="),
            family(PIPE_OP, Plain.BINARY, EVERYWHERE, "|"),
            // brackets spelled like operators
            family(LBIT, Plain.OPEN_BIT, PLAIN, "<<"),
            family(RBIT, Plain.CLOSE_BIT, PLAIN, ">>"),
            // names that are neither identifiers nor operators: "...", "..//" and the special atoms
            family(IDENTIFIER, Plain.ELLIPSIS, PLAIN | ATOM | KEYWORD, "..."),
            family(IDENTIFIER, Plain.STEPPED_RANGE, PLAIN | ATOM | KEYWORD, "..//"),
            family(null, Plain.NONE, ATOM | KEYWORD, "<<>>", "%{}", "%", "{}", "."));

    private static List<Operator> family(TokenKind kind, Plain plain, int contexts, String... texts) {
        return Arrays.stream(texts).map(text -> new Operator(text, kind, plain, contexts)).toList();
    }

    @SafeVarargs
    private static Node[] trie(List<Operator>... families) {
        Node[] root = new Node[128];
        for (List<Operator> family : families) {
            for (Operator op : family) {
                String text = op.text();
                char first = text.charAt(0);
                if (root[first] == null) {
                    root[first] = new Node();
                }
                Node node = root[first];
                for (int i = 1; i < text.length(); i++) {
                    node = node.child(text.charAt(i));
                }
                node.op = op;
            }
        }
        return root;
    }

    /** A trie node: the operator spelled by the path to it, if any, and the chars that go on. */
    private static final class Node {
        Operator op;
        private char[] keys = new char[0];
        private Node[] next = new Node[0];

        /** The child for {@code c}, made when missing (only while the trie is built). */
        Node child(char c) {
            Node found = next(c);
            if (found == null) {
                keys = Arrays.copyOf(keys, keys.length + 1);
                next = Arrays.copyOf(next, next.length + 1);
                keys[keys.length - 1] = c;
                found = next[next.length - 1] = new Node();
            }
            return found;
        }

        Node next(int c) {
            char[] keys = this.keys;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return next[i];
                }
            }
            return null;
        }
    }

    /** The longest operator that {@code context} (a bit or bits) allows {@code k} chars ahead of {@code in}, or null. */
    static Operator longest(SourceReader in, int k, int context) {
        int c = in.peek(k);
        Node node = c >= 0 && c < 128 ? ROOT[c] : null;
        Operator longest = null;
        while (node != null) {
            Operator op = node.op;
            if (op != null && (op.contexts & context) != 0) {
                longest = op;
            }
            node = node.next(in.peek(++k));
        }
        return longest;
    }
}
