package io.github.otpadvisor.elixir.parser;

import io.github.otpadvisor.elixir.lexer.TokenKind;

/**
 * The operator table of Elixir 1.14's {@code elixir_parser.yrl} ({@code Left/Right/Nonassoc} declarations).
 *
 * <pre>
 * Left       5 do.
 * Right     10 stab_op_eol.     %% ->
 * Left      20 ','.
 * Left      40 in_match_op_eol. %% <-, \\
 * Right     50 when_op_eol.     %% when
 * Right     60 type_op_eol.     %% ::
 * Right     70 pipe_op_eol.     %% |
 * Right     80 assoc_op_eol.    %% =>   (only inside maps: handled by the map rules)
 * Nonassoc  90 capture_op_eol.  %% &
 * Right    100 match_op_eol.    %% =
 * Left     110 or_op_eol.       %% ||, |||, or
 * Left     130 and_op_eol.      %% &&, &&&, and
 * Left     140 comp_op_eol.     %% ==, !=, =~, ===, !==
 * Left     150 rel_op_eol.      %% <, >, <=, >=
 * Left     160 arrow_op_eol.    %% |>, <<<, >>>, <<~, ~>>, <~, ~>, <~>, <|>
 * Left     170 in_op_eol.       %% in, not in
 * Left     180 xor_op_eol.      %% ^^^
 * Right    190 ternary_op_eol.  %% //
 * Right    200 concat_op_eol.   %% ++, --, +++, ---, <>
 * Right    200 range_op_eol.    %% ..
 * Left     210 dual_op_eol.     %% +, -
 * Left     220 mult_op_eol.     %% *, /
 * Left     230 power_op_eol.    %% **
 * Nonassoc 300 unary_op_eol.    %% +, -, !, ^, not, ~~~
 * Left     310 dot_call_op.
 * Left     310 dot_op.          %% .
 * Nonassoc 320 at_op_eol.       %% @
 * Nonassoc 330 dot_identifier.
 * </pre>
 */
final class Precedence {
    static final int CAPTURE = 90;
    static final int UNARY = 300;
    static final int DOT = 310;
    static final int AT = 320;
    static final int PIPE = 70;

    private static final int[] BINARY = new int[TokenKind.values().length];
    private static final boolean[] RIGHT = new boolean[TokenKind.values().length];

    static {
        java.util.Arrays.fill(BINARY, -1);
        binary(TokenKind.IN_MATCH_OP, 40, false);
        binary(TokenKind.WHEN_OP, 50, true);
        binary(TokenKind.TYPE_OP, 60, true);
        binary(TokenKind.PIPE_OP, PIPE, true);
        binary(TokenKind.MATCH_OP, 100, true);
        binary(TokenKind.OR_OP, 110, false);
        binary(TokenKind.AND_OP, 130, false);
        binary(TokenKind.COMP_OP, 140, false);
        binary(TokenKind.REL_OP, 150, false);
        binary(TokenKind.ARROW_OP, 160, false);
        binary(TokenKind.IN_OP, 170, false);
        binary(TokenKind.XOR_OP, 180, false);
        binary(TokenKind.TERNARY_OP, 190, true);
        binary(TokenKind.CONCAT_OP, 200, true);
        binary(TokenKind.RANGE_OP, 200, true);
        binary(TokenKind.DUAL_OP, 210, false);
        binary(TokenKind.MULT_OP, 220, false);
        binary(TokenKind.POWER_OP, 230, false);
    }

    private Precedence() {
    }

    private static void binary(TokenKind kind, int prec, boolean right) {
        BINARY[kind.ordinal()] = prec;
        RIGHT[kind.ordinal()] = right;
    }

    /** The precedence of a binary operator token (matched_op_expr and friends), or -1. */
    static int binary(TokenKind kind) {
        return BINARY[kind.ordinal()];
    }

    /** The minimum precedence of the right operand of a binary operator. */
    static int rightOperandMin(TokenKind kind) {
        int prec = BINARY[kind.ordinal()];
        return RIGHT[kind.ordinal()] ? prec : prec + 1;
    }
}
