package io.github.otpadvisor.lexer;

/**
 * Extended grapheme cluster boundaries, as far as string columns need them: inside strings Elixir
 * advances the column once per cluster ({@code unicode_util:gc/1}) whenever a character above
 * U+00FF is involved. This follows UAX #29's main rules (CR LF, controls, Hangul syllables,
 * extending and spacing marks, ZWJ emoji sequences, regional indicator pairs, prepend marks).
 */
final class Graphemes {
    private Graphemes() {
    }

    /** Index just after the cluster that starts at {@code i} ({@code i < end}). */
    static int clusterEnd(char[] s, int i, int end) {
        int first = Character.codePointAt(s, i, end);
        int j = i + Character.charCount(first);
        if (first == '\r') {
            return j < end && s[j] == '\n' ? j + 1 : j;
        }
        if (isControl(first)) {
            return j;
        }
        int prev = first;
        boolean pictographic = isPictographic(first);
        int regional = isRegional(first) ? 1 : 0;
        while (j < end) {
            int c = Character.codePointAt(s, j, end);
            boolean join;
            if (isControl(c) || c == '\r' || c == '\n') {
                join = false;
            } else if (isExtend(c) || c == 0x200D || isSpacingMark(c)) {
                join = true;
            } else if (isPrepend(prev)) {
                join = true;
            } else if (prev == 0x200D && pictographic && isPictographic(c)) {
                join = true;
            } else if (regional == 1 && isRegional(c)) {
                join = true;
                regional = 2;
            } else {
                join = hangulJoins(prev, c);
            }
            if (!join) {
                break;
            }
            if (isPictographic(c)) {
                pictographic = true;
            }
            prev = c;
            j += Character.charCount(c);
        }
        return j;
    }

    private static boolean isControl(int c) {
        if (c == 0x200C || c == 0x200D) {
            return false;
        }
        int t = Character.getType(c);
        return t == Character.CONTROL || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR
                || (t == Character.FORMAT && !(c >= 0xE0020 && c <= 0xE007F) && !isPrepend(c));
    }

    private static boolean isExtend(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
                || c == 0x200C || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F)
                || (c >= 0xFF9E && c <= 0xFF9F);
    }

    private static boolean isSpacingMark(int c) {
        return Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isPrepend(int c) {
        return (c >= 0x0600 && c <= 0x0605) || c == 0x06DD || c == 0x070F || c == 0x0890 || c == 0x0891
                || c == 0x08E2 || c == 0x110BD || c == 0x110CD;
    }

    private static boolean isRegional(int c) {
        return c >= 0x1F1E6 && c <= 0x1F1FF;
    }

    private static boolean isPictographic(int c) {
        return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2300 && c <= 0x23FF)
                || (c >= 0x2B00 && c <= 0x2BFF) || c == 0x00A9 || c == 0x00AE || c == 0x203C || c == 0x2049
                || c == 0x2122 || c == 0x2139 || (c >= 0x2194 && c <= 0x21AA) || c == 0x3030 || c == 0x303D
                || c == 0x3297 || c == 0x3299;
    }

    private static boolean hangulJoins(int prev, int c) {
        int p = hangul(prev);
        int n = hangul(c);
        if (p == 0 || n == 0) {
            return false;
        }
        return switch (p) {
            case L -> n == L || n == V || n == LV || n == LVT;
            case LV, V -> n == V || n == T;
            default -> n == T; // LVT, T
        };
    }

    private static final int L = 1;
    private static final int V = 2;
    private static final int T = 3;
    private static final int LV = 4;
    private static final int LVT = 5;

    private static int hangul(int c) {
        if ((c >= 0x1100 && c <= 0x115F) || (c >= 0xA960 && c <= 0xA97C)) {
            return L;
        }
        if ((c >= 0x1160 && c <= 0x11A7) || (c >= 0xD7B0 && c <= 0xD7C6)) {
            return V;
        }
        if ((c >= 0x11A8 && c <= 0x11FF) || (c >= 0xD7CB && c <= 0xD7FB)) {
            return T;
        }
        if (c >= 0xAC00 && c <= 0xD7A3) {
            return (c - 0xAC00) % 28 == 0 ? LV : LVT;
        }
        return 0;
    }
}
