package io.github.otpadvisor.elixir.lexer;

/** Texts of elixir_tokenizer's error messages that several classes need. */
public final class Messages {
    private Messages() {
    }

    /** {@code handle_char/1}: the name Elixir gives to invisible characters, or null. */
    static String charName(int c) {
        return switch (c) {
            case 0 -> "null byte";
            case 7 -> "alert";
            case '\b' -> "backspace";
            case 127 -> "delete";
            case 27 -> "escape";
            case '\f' -> "form feed";
            case '\n' -> "newline";
            case '\r' -> "carriage return";
            case ' ' -> "space";
            case '\t' -> "tab";
            case 11 -> "vertical tab";
            default -> null;
        };
    }

    /** {@code io_lib:format("~4.16.0B", [C])}: upper-case hex, zero-padded to four digits. */
    static String hex4(int c) {
        return hex(c, 4);
    }

    static String hex5(int c) {
        return hex(c, 5);
    }

    /** {@code ~W.16.0B}: like io_lib, a value wider than the field prints as asterisks. */
    private static String hex(int c, int width) {
        String h = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        if (h.length() > width) {
            return "*".repeat(width);
        }
        return "0".repeat(width - h.length()) + h;
    }

    static String cpString(int c) {
        return new String(Character.toChars(c));
    }

    /** {@code unexpected_token/5}'s message for code point {@code c} at {@code column}. */
    static String unexpectedToken(int c, int column) {
        String name = charName(c);
        String what = name != null ? name : "\"" + cpString(c) + "\"";
        return "unexpected token: " + what + " (column " + column + ", code point U+" + hex4(c) + ")";
    }

    /** {@code invalid_character_error/2}. */
    static String invalidCharacter(String what, int c) {
        return "invalid character \"" + cpString(c) + "\" (code point U+" + hex4(c) + ") in " + what + ": ";
    }

    static boolean isBidi(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Elixir's hint after an unexpected {@code do}; the tokenizer and the parser both give it. */
    public static final String INVALID_DO = ". In case you wanted to write a \"do\" expression, "
            + "you must either use do-blocks or separate the keyword argument with comma. "
            + "For example, you should either write:\n\n"
            + "    if some_condition? do\n"
            + "      :this\n"
            + "    else\n"
            + "      :that\n"
            + "    end\n\n"
            + "or the equivalent construct:\n\n"
            + "    if(some_condition?, do: :this, else: :that)\n\n"
            + "where \"some_condition?\" is the first argument and the second argument is a keyword list.\n\n"
            + "You may see this error if you forget a trailing comma before the \"do\" in a \"do\" block";

    static final String INVALID_DO_WITH_FN = ". Anonymous functions are written as:\n\n"
            + "    fn pattern -> expression end";

    static String parenAfterAlias(String alias) {
        return "unexpected ( after alias " + alias + ". Function names and identifiers in Elixir "
                + "start with lowercase characters or underscore. For example:\n\n"
                + "    hello_world()\n"
                + "    _starting_with_underscore()\n"
                + "    numb3rs_are_allowed()\n"
                + "    may_finish_with_question_mark?()\n"
                + "    may_finish_with_exclamation_mark!()\n\n"
                + "Unexpected token: (";
    }

    static String sigilDelimiter(int c, int column) {
        return "invalid sigil delimiter: \"" + cpString(c) + "\" (column " + column + ", code point U+" + hex4(c)
                + "). The available delimiters are: //, ||, \"\", '', (), [], {}, <>";
    }
}
