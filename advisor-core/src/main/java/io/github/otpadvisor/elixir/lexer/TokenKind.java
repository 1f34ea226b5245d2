package io.github.otpadvisor.elixir.lexer;

/**
 * Token kinds: exactly the terminals of Elixir 1.14's {@code elixir_parser.yrl}, plus {@link #EOF}.
 * Operator kinds are grouped by precedence family, as the grammar groups them.
 */
public enum TokenKind {
    // identifiers, classified by what follows them (elixir_tokenizer:check_call_identifier/5 and friends)
    IDENTIFIER, KW_IDENTIFIER, KW_IDENTIFIER_SAFE, KW_IDENTIFIER_UNSAFE, BRACKET_IDENTIFIER,
    PAREN_IDENTIFIER, DO_IDENTIFIER, BLOCK_IDENTIFIER, OP_IDENTIFIER, ALIAS,
    // reserved words
    FN, END, TRUE, FALSE, NIL, DO,
    // literals
    ATOM, ATOM_QUOTED, ATOM_SAFE, ATOM_UNSAFE, BIN_STRING, LIST_STRING, SIGIL, BIN_HEREDOC, LIST_HEREDOC,
    INT, FLT, CHAR,
    // operator families (value = the operator as written, e.g. "|>", "not in")
    COMP_OP, AT_OP, UNARY_OP, AND_OP, OR_OP, ARROW_OP, MATCH_OP, IN_OP, IN_MATCH_OP, TYPE_OP, DUAL_OP,
    MULT_OP, POWER_OP, CONCAT_OP, RANGE_OP, XOR_OP, PIPE_OP, STAB_OP, WHEN_OP, ASSOC_OP, CAPTURE_OP,
    REL_OP, TERNARY_OP, DOT_CALL_OP,
    // punctuation and containers
    EOL, SEMICOLON, COMMA, DOT, LPAREN, RPAREN, LBRACKET, RBRACKET, LCURLY, RCURLY, LBIT, RBIT,
    /** {@code %{} } as in a map literal. */
    MAP,
    /** {@code %} as in a struct literal. */
    PERCENT,
    /** End of input; always the last token. */
    EOF
}
