package io.github.otpadvisor.elixir.lexer;

import static io.github.otpadvisor.elixir.lexer.TokenKind.*;

import java.util.ArrayList;
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
     * {@code handle_op/8} and {@code handle_unary_op/8}, and the explicit {@code ".:"}, {@code "%{}:"}...
     * clauses. A lookup checks the {@code ": "}.
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
    static final class Operator {
        final String text;
        /** The text's length, kept apart: the lexer needs it for every operator it meets. */
        final int length;
        final TokenKind kind;
        final Plain plain;
        private final int contexts;

        Operator(String text, TokenKind kind, Plain plain, int contexts) {
            this.text = text;
            this.length = text.length();
            this.kind = kind;
            this.plain = plain;
            this.contexts = contexts;
        }

        boolean in(int context) {
            return (contexts & context) != 0;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * The operators as a trie over their (ASCII) chars, flattened into a state table: from state
     * {@code s}, char {@code c} leads to {@code NEXT[s * 128 + c]} (0 when no operator goes on that
     * way), and {@code SPELLED[s]} is the operator spelled on the way to {@code s}, if any. Lookups
     * read one table entry per char, which keeps them as cheap as the switches they replace.
     */
    private static final short[] NEXT;
    private static final Operator[] SPELLED;
    private static final int START = 1;

    static {
        List<Operator> all = concat(
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
        List<Operator> spelled = new ArrayList<>(Arrays.asList(null, null)); // 0: no way on, 1: the start
        short[] next = new short[2 * 128];
        for (Operator op : all) {
            int state = START;
            for (char c : op.text.toCharArray()) {
                int at = state * 128 + c;
                if (next[at] == 0) {
                    next[at] = (short) spelled.size();
                    spelled.add(null);
                    next = Arrays.copyOf(next, spelled.size() * 128);
                }
                state = next[at];
            }
            spelled.set(state, op);
        }
        NEXT = next;
        SPELLED = spelled.toArray(new Operator[0]);
    }

    private static List<Operator> family(TokenKind kind, Plain plain, int contexts, String... texts) {
        return Arrays.stream(texts).map(text -> new Operator(text, kind, plain, contexts)).toList();
    }

    @SafeVarargs
    private static List<Operator> concat(List<Operator>... families) {
        return Arrays.stream(families).flatMap(List::stream).toList();
    }

    /**
     * The longest operator that {@code context} (a bit or bits) allows {@code k} chars ahead of
     * {@code in}, or null. One allowed as a {@link #KEYWORD} only counts before {@code ": "}: so in
     * {@code PLAIN | KEYWORD}, what {@code tokenize/5} reads, {@code "%{}"} without its {@code ": "} is
     * no operator and {@code "<<>>"} is {@code "<<"} (no keyword is cut from a longer plain operator:
     * none goes on with {@code :}).
     */
    static Operator longest(SourceReader in, int k, int context) {
        Operator longest = null;
        int state = START;
        for (int c = in.peek(k); c >= 0 && c < 128; c = in.peek(++k)) {
            state = NEXT[state * 128 + c];
            if (state == 0) {
                break;
            }
            Operator op = SPELLED[state];
            if (op != null) {
                int allowed = op.contexts & context;
                if ((allowed & ~KEYWORD) != 0 || (allowed != 0 && in.keywordColonAt(k + 1))) {
                    longest = op;
                }
            }
        }
        return longest;
    }
}
