package io.github.otpadvisor.elixir.lexer;

/** The reserved words of {@code keyword_or_unsafe_to_atom/5}, recognized on the chars before any String exists. */
final class Keywords {
    private Keywords() {
    }

    static final int NONE = 0;
    static final int FN = 1;
    static final int DO = 2;
    static final int END = 3;
    static final int TRUE = 4;
    static final int FALSE = 5;
    static final int NIL = 6;
    static final int NOT = 7;
    static final int AND = 8;
    static final int OR = 9;
    static final int WHEN = 10;
    static final int IN = 11;
    static final int AFTER = 12;
    static final int ELSE = 13;
    static final int CATCH = 14;
    static final int RESCUE = 15;

    /** The keyword spelled by {@code s[from, to)}, or {@link #NONE}. */
    static int of(char[] s, int from, int to) {
        switch (to - from) {
            case 2 -> {
                char a = s[from];
                char b = s[from + 1];
                if (a == 'f' && b == 'n') return FN;
                if (a == 'd' && b == 'o') return DO;
                if (a == 'o' && b == 'r') return OR;
                if (a == 'i' && b == 'n') return IN;
                return NONE;
            }
            case 3 -> {
                char a = s[from];
                if (a == 'e') return is(s, from, "end") ? END : NONE;
                if (a == 'n') return is(s, from, "nil") ? NIL : is(s, from, "not") ? NOT : NONE;
                if (a == 'a') return is(s, from, "and") ? AND : NONE;
                return NONE;
            }
            case 4 -> {
                char a = s[from];
                if (a == 't') return is(s, from, "true") ? TRUE : NONE;
                if (a == 'w') return is(s, from, "when") ? WHEN : NONE;
                if (a == 'e') return is(s, from, "else") ? ELSE : NONE;
                return NONE;
            }
            case 5 -> {
                char a = s[from];
                if (a == 'f') return is(s, from, "false") ? FALSE : NONE;
                if (a == 'a') return is(s, from, "after") ? AFTER : NONE;
                if (a == 'c') return is(s, from, "catch") ? CATCH : NONE;
                return NONE;
            }
            case 6 -> {
                return is(s, from, "rescue") ? RESCUE : NONE;
            }
            default -> {
                return NONE;
            }
        }
    }

    private static boolean is(char[] s, int from, String word) {
        for (int i = 1; i < word.length(); i++) {
            if (s[from + i] != word.charAt(i)) {
                return false;
            }
        }
        return s[from] == word.charAt(0);
    }

    static String blockName(int keyword) {
        return switch (keyword) {
            case AFTER -> "after";
            case ELSE -> "else";
            case CATCH -> "catch";
            default -> "rescue";
        };
    }
}
