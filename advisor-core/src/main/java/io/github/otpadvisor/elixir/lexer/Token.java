package io.github.otpadvisor.elixir.lexer;

import java.util.List;

/**
 * One token: a Java mirror of the tuples of Elixir 1.14's {@code elixir_tokenizer}
 * ({@code {Kind, {Line, Column, Extra}, Value}}), so the parser can follow {@code elixir_parser.yrl}.
 *
 * <p>Lines and columns are 1-based and count Unicode code points as Elixir does.
 * What {@link #value} and {@link #extra} hold per kind:
 * <ul>
 *   <li>identifiers, {@code ALIAS}, {@code ATOM}, {@code KW_IDENTIFIER}, operators: value is the
 *       name/operator {@link String} ({@code "foo"}, {@code "Foo"}, {@code "|>"}, {@code "not in"});</li>
 *   <li>{@code INT}: value {@link java.math.BigInteger}, extra the original text;
 *       {@code FLT}: value {@link Double}, extra the original text;
 *       {@code CHAR}: value the code point as {@link Integer}, extra the original text ({@code "?a"});</li>
 *   <li>strings, heredocs, quoted atoms and quoted keywords/calls ({@code BIN_STRING}, {@code LIST_STRING},
 *       {@code BIN_HEREDOC}, {@code LIST_HEREDOC}, {@code ATOM_SAFE}/{@code _UNSAFE},
 *       {@code KW_IDENTIFIER_SAFE}/{@code _UNSAFE}): value is the {@code List<Object>} of parts, each a
 *       {@link String} (already unescaped), a {@code byte[]} (a part that is not valid UTF-8) or an
 *       {@link Interpolation}; heredocs carry their closing indentation in {@link #indentation};</li>
 *   <li>{@code ATOM_QUOTED}, quoted identifiers without interpolation: value the {@link String} name;</li>
 *   <li>{@code SIGIL}: value the parts as for strings (not unescaped), {@link #sigilName} the letters,
 *       {@link #modifiers}, {@link #indentation} (heredoc sigils, else -1) and {@link #delimiter};</li>
 *   <li>{@code EOL}, {@code COMMA}, {@code SEMICOLON}: extra the number of newlines (Integer);
 *       operators and closing brackets: extra as Elixir's {@code previous_was_eol} (Integer or null).</li>
 * </ul>
 * Details of the tokenizer's output (no extension of the Erlang terms, only how they map):
 * <ul>
 *   <li>identifier-like tokens have extra null (Erlang's meta holds the name's charlist, unused by the parser);
 *       reserved words, {@code DOT} and opening brackets have value and extra null;
 *       {@code DOT_CALL_OP} has value {@code "."};</li>
 *   <li>{@code not in} is one {@code IN_OP} with value {@code "not in"} at the position of {@code not};
 *       operators before {@code /} ({@code &+/2}, {@code and/2}) are {@code IDENTIFIER}s named by the operator;</li>
 *   <li>{@code ATOM_SAFE} and {@code KW_IDENTIFIER_SAFE} are never produced ({@code Code.string_to_quoted/2}
 *       does not set {@code existing_atoms_only});</li>
 *   <li>sigil parts are raw text (escapes kept, except that a backslash before the closing delimiter is
 *       dropped, as Elixir does); {@link #sigilName} may have several letters ({@code ~HTML}, Elixir 1.15+);</li>
 *   <li>a heredoc's parts already have the closing indentation removed.</li>
 * </ul>
 */
public final class Token {
    public final TokenKind kind;
    public final int line;
    public final int column;
    public final Object value;
    public final Object extra;
    /** Sigil letters ({@code "r"}, {@code "HTML"}); null for other kinds. */
    public final String sigilName;
    /** Sigil modifiers ({@code "iu"}); null for other kinds. */
    public final String modifiers;
    /** Heredoc closing indentation; -1 when not a heredoc. */
    public final int indentation;
    /** Sigil opening delimiter as written ({@code "("}, {@code "\"\"\""}); null for other kinds. */
    public final String delimiter;

    public Token(TokenKind kind, int line, int column, Object value, Object extra) {
        this(kind, line, column, value, extra, null, null, -1, null);
    }

    public Token(TokenKind kind, int line, int column, Object value, Object extra,
                 String sigilName, String modifiers, int indentation, String delimiter) {
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.value = value;
        this.extra = extra;
        this.sigilName = sigilName;
        this.modifiers = modifiers;
        this.indentation = indentation;
        this.delimiter = delimiter;
    }

    /** The same token with another kind, as Elixir's {@code setelement(1, Token, Kind)}. */
    public Token withKind(TokenKind newKind) {
        return new Token(newKind, line, column, value, extra, sigilName, modifiers, indentation, delimiter);
    }

    public String text() {
        return value instanceof String s ? s : String.valueOf(value);
    }

    @Override
    public String toString() {
        return kind + "@" + line + ":" + column + (value == null ? "" : "(" + value + ")");
    }

    /**
     * An interpolation {@code #{...}} inside a string-like token: where it opens and closes, and the
     * tokens of the expression inside (without EOF), as in Elixir's {@code {Start, End, Tokens}}.
     */
    public record Interpolation(int line, int column, int endLine, int endColumn, List<Token> tokens) {
        public Interpolation {
            tokens = List.copyOf(tokens);
        }
    }
}
