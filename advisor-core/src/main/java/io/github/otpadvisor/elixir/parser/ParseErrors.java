package io.github.otpadvisor.elixir.parser;

import io.github.otpadvisor.elixir.ast.Call;
import io.github.otpadvisor.elixir.ast.Quoted;
import io.github.otpadvisor.elixir.lexer.Messages;
import io.github.otpadvisor.elixir.lexer.Token;
import io.github.otpadvisor.elixir.lexer.TokenKind;
import io.github.otpadvisor.elixir.syntax.SyntaxErrorException;
import java.util.List;
import java.util.Set;

/**
 * The error functions of the yrl's Erlang code section ({@code error_*}, {@code return_error}) and the
 * message formatting Elixir 1.14 applies on top of them ({@code yecctoken2string} for the default
 * "syntax error before: " errors, then {@code elixir_errors:parse_error/5}).
 */
final class ParseErrors {
    private ParseErrors() {
    }

    private static final Set<String> ERLANG_RESERVED = Set.of(
            "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor", "case", "catch",
            "cond", "div", "end", "fun", "if", "let", "not", "of", "or", "orelse", "receive", "rem", "try",
            "when", "xor");

    private static final Set<String> ELIXIR_RESERVED_SHOWN = Set.of(
            "fn", "else", "rescue", "true", "false", "nil", "in");

    private static final Set<String> ERLANG_QUOTED_RESERVED_SHOWN = Set.of(
            "'not'", "'and'", "'or'", "'when'", "'after'", "'catch'", "'end'");

    /** The default yecc error: "syntax error before: " and the token, as elixir_errors words it. */
    static SyntaxErrorException syntaxErrorBefore(Token token, Token lastToken) {
        if (token.kind == TokenKind.EOF) {
            Token at = lastToken == null ? token : lastToken;
            return new SyntaxErrorException(at.line, at.column, "syntax error: expression is incomplete");
        }
        return new SyntaxErrorException(token.line, token.column, formatBefore(tokenText(token)));
    }

    /** elixir_errors:parse_error/5 for Error = "syntax error before: ". */
    static String formatBefore(String tokenText) {
        if (tokenText.equals("eol")) {
            return "unexpectedly reached end of line. The current expression is invalid or incomplete";
        }
        if (ERLANG_QUOTED_RESERVED_SHOWN.contains(tokenText)) {
            return reserved(tokenText.substring(1, tokenText.length() - 1));
        }
        if (ELIXIR_RESERVED_SHOWN.contains(tokenText)) {
            return reserved(tokenText);
        }
        return "syntax error before: " + tokenText;
    }

    private static String reserved(String keyword) {
        return "syntax error before: " + keyword + ". \"" + keyword + "\" is a reserved word in Elixir and "
                + "therefore its usage is limited. For instance, it can't be used as a variable or be defined "
                + "nor invoked as a regular function";
    }

    /** yecctoken2string of an Elixir token, already adjusted as elixir_errors does (sigils, strings, chars). */
    static String tokenText(Token t) {
        switch (t.kind) {
            case EOL: return "eol";
            case SEMICOLON: return "';'";
            case COMMA: return "','";
            case DOT: return "'.'";
            case LPAREN: return "'('";
            case RPAREN: return "')'";
            case LBRACKET: return "'['";
            case RBRACKET: return "']'";
            case LCURLY: return "'{'";
            case RCURLY: return "'}'";
            case LBIT: return "'<<'";
            case RBIT: return "'>>'";
            case MAP: return "'%{}'";
            case PERCENT: return "'%'";
            case FN: return "fn";
            case END: return "'end'";
            case TRUE: return "true";
            case FALSE: return "false";
            case NIL: return "nil";
            case DO: return "do";
            case INT:
            case FLT:
                return erlangString(String.valueOf(t.extra));
            case CHAR:
                return "?" + erlangCharBody(((Number) t.value).intValue());
            case BIN_STRING:
            case LIST_STRING:
            case ATOM_SAFE:
            case ATOM_UNSAFE:
            case KW_IDENTIFIER_SAFE:
            case KW_IDENTIFIER_UNSAFE: {
                List<?> parts = (List<?>) t.value;
                if (!parts.isEmpty() && parts.get(0) instanceof String s) {
                    return "\"" + s + "\"";
                }
                return "\"";
            }
            case BIN_HEREDOC:
            case LIST_HEREDOC:
                return "{" + (t.kind == TokenKind.BIN_HEREDOC ? "bin_heredoc" : "list_heredoc") + ",{" + t.line + ","
                        + t.column + ",nil}," + Math.max(t.indentation, 0) + "," + partsTerm((List<?>) t.value) + "}";
            case SIGIL: {
                List<?> parts = (List<?>) t.value;
                String content = !parts.isEmpty() && parts.get(0) instanceof String s ? s : "";
                return "sigil ~" + t.sigilName + " starting with content '" + content + "'";
            }
            default:
                return erlangAtom(t.text());
        }
    }

    private static String partsTerm(List<?> parts) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object part = parts.get(i);
            if (part instanceof String s) {
                boolean latin1 = s.chars().allMatch(c -> c < 256);
                sb.append("<<").append(erlangString(s)).append(latin1 ? ">>" : "/utf8>>");
            } else {
                sb.append("...");
            }
        }
        return sb.append(']').toString();
    }

    /** io_lib:write_atom/1 (as ~tp prints atoms). */
    static String erlangAtom(String name) {
        if (isUnquotedAtom(name)) {
            return name;
        }
        StringBuilder sb = new StringBuilder("'");
        name.codePoints().forEach(c -> {
            switch (c) {
                case '\'' -> sb.append("\\'");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.appendCodePoint(c);
            }
        });
        return sb.append('\'').toString();
    }

    private static boolean isUnquotedAtom(String name) {
        if (name.isEmpty() || ERLANG_RESERVED.contains(name)) {
            return false;
        }
        int first = name.codePointAt(0);
        if (!isErlangLower(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < name.length(); ) {
            int c = name.codePointAt(i);
            if (!(isErlangLower(c) || isErlangUpper(c) || (c >= '0' && c <= '9') || c == '_' || c == '@')) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean isErlangLower(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
    }

    private static boolean isErlangUpper(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
    }

    /** io_lib:format("~tp", [Charlist]) for a printable charlist. */
    private static String erlangString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.appendCodePoint(c);
            }
        });
        return sb.append('"').toString();
    }

    /** io_lib:write_char/1 without its leading dollar sign. */
    private static String erlangCharBody(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            case ' ' -> "\\s";
            case '\\' -> "\\\\";
            case 0x7F -> "\\d";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            case 0x0B -> "\\v";
            case 0x1B -> "\\e";
            default -> c < 32 ? "\\^" + (char) (c + 64) : new String(Character.toChars(c));
        };
    }

    private static SyntaxErrorException at(Token t, String message) {
        return new SyntaxErrorException(t.line, t.column, message);
    }

    private static SyntaxErrorException atNode(Quoted node, Token fallback, String message) {
        if (node instanceof Call c && c.meta().line() > 0) {
            return new SyntaxErrorException(c.meta().line(), c.meta().column(), message);
        }
        return new SyntaxErrorException(fallback.line, fallback.column, message);
    }

    // error_invalid_stab/1
    static SyntaxErrorException invalidStab(Quoted stabClause, Token fallback) {
        return atNode(stabClause, fallback,
                "unexpected operator ->. If you want to define multiple clauses, the first expression must use ->. "
                        + "Syntax error before: '->'");
    }

    // error_bad_atom/1
    static SyntaxErrorException badAtom(Token alias) {
        return at(alias, "atom cannot be followed by an alias. If the '.' was meant to be part of the atom's name, "
                + "the atom name must be quoted. Syntax error before: '.'");
    }

    // maybe_bad_keyword_call_follow_up/3
    static SyntaxErrorException badKeywordCallFollowUp(Token comma) {
        return at(comma, "unexpected expression after keyword list. Keyword lists must always come as the last "
                + "argument. Therefore, this is not allowed:\n\n"
                + "    function_call(1, some: :option, 2)\n\n"
                + "Instead, wrap the keyword in brackets:\n\n"
                + "    function_call(1, [some: :option], 2)\n\n"
                + "Syntax error after: ','");
    }

    // maybe_bad_keyword_data_follow_up/3
    static SyntaxErrorException badKeywordDataFollowUp(Token comma) {
        return at(comma, "unexpected expression after keyword list. Keyword lists must always come last in lists "
                + "and maps. Therefore, this is not allowed:\n\n"
                + "    [some: :value, :another]\n"
                + "    %{some: :value, another => value}\n\n"
                + "Instead, reorder it to be the last entry:\n\n"
                + "    [:another, some: :value]\n"
                + "    %{another => value, some: :value}\n\n"
                + "Syntax error after: ','");
    }

    // error_no_parens_strict/1
    static SyntaxErrorException noParensStrict(Token openParen) {
        return at(openParen, "unexpected parentheses. If you are making a function call, do not insert spaces "
                + "between the function name and the opening parentheses. Syntax error before: '('");
    }

    // error_no_parens_many_strict/1
    static SyntaxErrorException noParensManyStrict(Quoted node, Token fallback) {
        return atNode(node, fallback,
                "unexpected comma. Parentheses are required to solve ambiguity in nested calls.\n\n"
                        + "This error happens when you have nested function calls without parentheses. For example:\n\n"
                        + "    one a, two b, c, d\n\n"
                        + "In the example above, we don't know if the parameters \"c\" and \"d\" apply to the "
                        + "function \"one\" or \"two\". You can solve this by explicitly adding parentheses:\n\n"
                        + "    one a, two(b, c, d)\n\n"
                        + "Or by adding commas (in case a nested call is not intended):\n\n"
                        + "    one, a, two, b, c, d\n\n"
                        + "Elixir cannot compile otherwise. Syntax error before: ','");
    }

    // error_no_parens_container_strict/1
    static SyntaxErrorException noParensContainerStrict(Quoted node, Token fallback) {
        return atNode(node, fallback,
                "unexpected comma. Parentheses are required to solve ambiguity inside containers.\n\n"
                        + "This error may happen when you forget a comma in a list or other container:\n\n"
                        + "    [a, b c, d]\n\n"
                        + "Or when you have ambiguous calls:\n\n"
                        + "    [one, two three, four, five]\n\n"
                        + "In the example above, we don't know if the parameters \"four\" and \"five\" belongs to "
                        + "the list or the function \"two\". You can solve this by explicitly adding parentheses:\n\n"
                        + "    [one, two(three, four), five]\n\n"
                        + "Elixir cannot compile otherwise. Syntax error before: ','");
    }

    // error_invalid_kw_identifier/1
    static SyntaxErrorException invalidKwIdentifier(Token kw) {
        String name = kw.text();
        if (name.equals("do") && kw.kind == TokenKind.KW_IDENTIFIER) {
            return at(kw, "unexpected keyword: do:" + Messages.INVALID_DO);
        }
        if (kw.kind != TokenKind.KW_IDENTIFIER) {
            return new SyntaxErrorException(kw.line, kw.column, formatBefore(tokenText(kw)));
        }
        return at(kw, "syntax error before: '" + name + ":'");
    }

    // build_op/3 for '//'
    static SyntaxErrorException rangeStep(Token op) {
        return at(op, "the range step operator (//) must immediately follow the range definition operator (..), "
                + "for example: 1..9//2. If you wanted to define a default argument, use (\\\\) instead. "
                + "Syntax error before: '//'");
    }

    // build_fn/3
    static SyntaxErrorException fnWithoutStab(Token fn) {
        return at(fn, "expected anonymous functions to be defined with -> inside: 'fn'");
    }

    static SyntaxErrorException tooDeep(Token t, int limit) {
        return at(t, "expression nested too deeply: more than " + limit + " levels");
    }
}
