package io.github.otpadvisor.console;

/**
 * Text made safe for one console line. File names, module names and messages come from the analyzed
 * code, so they may hold a line break that forges a {@code file:line:column:} diagnostic for CI problem
 * matchers, terminal escape sequences, or bidirectional overrides that make a line read differently
 * from its bytes. Every such character is written as a visible escape instead: {@code \n}, {@code \r},
 * {@code \t}, else a backslash, {@code u} and four hex digits. Other text, backslashes included, is left
 * as it is, so ordinary lines do not change.
 */
public final class ConsoleText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ConsoleText() {
    }

    /** {@code text} with every {@link #isUnsafe unsafe} character escaped; the same string when there is none. */
    public static String line(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isUnsafe(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /**
     * C0 controls, DEL and C1 controls (NEL among them); the bidirectional marks, embeddings, overrides and
     * isolates (U+061C, U+200E/F, U+202A-U+202E, U+2066-U+2069); and the Unicode line and paragraph
     * separators U+2028/U+2029, which some log viewers break lines at.
     */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
