package io.github.otpadvisor.elixir.lexer;

/**
 * Grapheme cluster boundaries exactly as Erlang/OTP 25's {@code unicode_util:gc/1} finds them:
 * inside strings Elixir advances the column once per cluster whenever a character above U+00FF is
 * involved. The state machine mirrors OTP's generated code (CR LF, controls, prepend, Hangul
 * L/V/T/LV/LVT, regional indicator pairs, extended pictographic ZWJ sequences, extend and spacing
 * marks); the classes come from {@link GraphemeTables}.
 */
final class Graphemes {
    private Graphemes() {
    }

    private static final int ZWJ = 0x200D;

    /** Index just after the cluster that starts at {@code i} ({@code i < end}). */
    static int clusterEnd(char[] s, int i, int end) {
        int cp = Character.codePointAt(s, i, end);
        int j = i + Character.charCount(cp);
        if (cp == '\r') {
            return j < end && s[j] == '\n' ? j + 1 : j;
        }
        if (j >= end) {
            return j;
        }
        if (cp <= 255) {
            if (s[j] <= 255 || in(GraphemeTables.CONTROL, cp)) {
                return j;
            }
            return cp == 0xA9 || cp == 0xAE ? extendedPictographic(s, j, end) : extend(s, j, end);
        }
        if (in(GraphemeTables.CONTROL, cp)) {
            return j;
        }
        if (in(GraphemeTables.PREPEND, cp)) {
            int next = Character.codePointAt(s, j, end);
            return next == '\r' || in(GraphemeTables.CONTROL, next) ? j : clusterEnd(s, j, end);
        }
        if (isL(cp)) {
            return hangulL(s, j, end);
        }
        if (isV(cp)) {
            return hangulV(s, j, end);
        }
        if (isT(cp)) {
            return hangulT(s, j, end);
        }
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            return (cp - 0xAC00) % 28 == 0 ? hangulV(s, j, end) : hangulT(s, j, end);
        }
        if (isRegional(cp)) {
            int next = Character.codePointAt(s, j, end);
            return isRegional(next) ? extend(s, j + Character.charCount(next), end) : extend(s, j, end);
        }
        if (in(GraphemeTables.EXT_PICT, cp)) {
            return extendedPictographic(s, j, end);
        }
        return extend(s, j, end);
    }

    private static boolean isExtend(int cp) {
        return cp == ZWJ || (cp >= 0x300 && in(GraphemeTables.EXTEND, cp));
    }

    private static int extend(char[] s, int j, int end) {
        while (j < end) {
            int cp = Character.codePointAt(s, j, end);
            if (!isExtend(cp)) {
                break;
            }
            j += Character.charCount(cp);
        }
        return j;
    }

    /** {@code gc_ext_pict}: extends, and a ZWJ followed by another pictograph. */
    private static int extendedPictographic(char[] s, int j, int end) {
        while (j < end) {
            int cp = Character.codePointAt(s, j, end);
            if (cp == ZWJ) {
                j += Character.charCount(cp);
                if (j < end) {
                    int next = Character.codePointAt(s, j, end);
                    if (in(GraphemeTables.EXT_PICT, next)) {
                        j += Character.charCount(next);
                        continue;
                    }
                }
                return j;
            }
            if (!isExtend(cp)) {
                return j;
            }
            j += Character.charCount(cp);
        }
        return j;
    }

    private static int hangulL(char[] s, int j, int end) {
        while (j < end) {
            int cp = Character.codePointAt(s, j, end);
            int k = j + Character.charCount(cp);
            if (isL(cp)) {
                j = k;
            } else if (isV(cp) || (cp >= 0xAC00 && cp <= 0xD7A3 && (cp - 0xAC00) % 28 == 0)) {
                return hangulV(s, k, end);
            } else if (cp >= 0xAC00 && cp <= 0xD7A3) {
                return hangulT(s, k, end);
            } else {
                break;
            }
        }
        return extend(s, j, end);
    }

    private static int hangulV(char[] s, int j, int end) {
        while (j < end) {
            int cp = Character.codePointAt(s, j, end);
            if (isV(cp)) {
                j += Character.charCount(cp);
            } else if (isT(cp)) {
                return hangulT(s, j + Character.charCount(cp), end);
            } else {
                break;
            }
        }
        return extend(s, j, end);
    }

    private static int hangulT(char[] s, int j, int end) {
        while (j < end) {
            int cp = Character.codePointAt(s, j, end);
            if (!isT(cp)) {
                break;
            }
            j += Character.charCount(cp);
        }
        return extend(s, j, end);
    }

    private static boolean isL(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0xA960 && c <= 0xA97C);
    }

    private static boolean isV(int c) {
        return (c >= 0x1160 && c <= 0x11A7) || (c >= 0xD7B0 && c <= 0xD7C6);
    }

    private static boolean isT(int c) {
        return (c >= 0x11A8 && c <= 0x11FF) || (c >= 0xD7CB && c <= 0xD7FB);
    }

    private static boolean isRegional(int c) {
        return c >= 0x1F1E6 && c <= 0x1F1FF;
    }

    private static boolean in(int[] table, int cp) {
        return UnicodeTables.contains(table, cp);
    }
}
