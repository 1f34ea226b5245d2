package io.github.otpadvisor.elixir.ast;

import java.util.List;

/**
 * The escaping of Elixir 1.14's {@code Code.Identifier.escape/4} and the printability tests
 * {@code String.printable?/2} and {@code List.ascii_printable?/2}, as {@code inspect} uses them for
 * strings, charlists and quoted atoms.
 */
final class StringEscaper {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private StringEscaper() {
    }

    /** {@code String.printable?/1} of the UTF-8 encoding of {@code s}. */
    static boolean isPrintable(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!isPrintableCodePoint(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean isPrintableCodePoint(int c) {
        return (c >= 0x20 && c <= 0x7E)
                || (c >= 7 && c <= 13) // \a \b \t \n \v \f \r
                || c == 27 || c == 127 // \e \d
                || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** {@code List.ascii_printable?/1}: every element an integer in 7..13, 27 or 32..126. */
    static boolean isAsciiPrintable(List<Quoted> items) {
        for (Quoted q : items) {
            if (!(q instanceof Int i) || i.value().bitLength() > 31) {
                return false;
            }
            int c = i.value().intValue();
            if (!((c >= 7 && c <= 13) || c == 27 || (c >= 32 && c <= 126))) {
                return false;
            }
        }
        return true;
    }

    /** Appends {@code Code.Identifier.escape(s, quote)} (no limit, the default escape map). */
    static void escape(StringBuilder out, String s, char quote) {
        int n = s.length();
        for (int i = 0; i < n; ) {
            int c = s.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == quote) {
                out.append('\\').append(quote);
            } else if (c == '#' && next < n && s.charAt(next) == '{') {
                out.append("\\#{");
                next++;
            } else {
                escapeChar(out, c);
            }
            i = next;
        }
    }

    /** Appends the escaped quoted form of a charlist whose elements are all ASCII-printable. */
    static void escapeChars(StringBuilder out, List<Quoted> items, char quote) {
        int n = items.size();
        for (int i = 0; i < n; i++) {
            int c = ((Int) items.get(i)).value().intValue();
            if (c == quote) {
                out.append('\\').append(quote);
            } else if (c == '#' && i + 1 < n && ((Int) items.get(i + 1)).value().intValue() == '{') {
                out.append("\\#{");
                i++;
            } else {
                escapeChar(out, c);
            }
        }
    }

    private static void escapeChar(StringBuilder out, int c) {
        switch (c) {
            case 7 -> out.append("\\a");
            case '\b' -> out.append("\\b");
            case 127 -> out.append("\\d");
            case 27 -> out.append("\\e");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case 11 -> out.append("\\v");
            case '\\' -> out.append("\\\\");
            case 0 -> out.append("\\0");
            case 0xFEFF -> out.append("\\uFEFF");
            default -> {
                if ((c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                        || (c >= 0x10000 && c <= 0x10FFFF)) {
                    out.appendCodePoint(c);
                } else if (c < 0x100) {
                    out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
                } else if (c < 0x10000) {
                    // Lone surrogates land here too; Elixir strings never hold them.
                    out.append("\\x{");
                    for (int shift = 12; shift >= 0; shift -= 4) {
                        out.append(HEX[(c >> shift) & 15]);
                    }
                    out.append('}');
                } else {
                    out.append("\\x{");
                    for (int shift = 20; shift >= 0; shift -= 4) {
                        out.append(HEX[(c >> shift) & 15]);
                    }
                    out.append('}');
                }
            }
        }
    }

    /** Appends {@code <<b1, b2, ...>>}, the inspect form of a binary that is not printed as a string. */
    static void appendBytes(StringBuilder out, byte[] bytes) {
        if (bytes.length == 0) {
            out.append("\"\"");
            return;
        }
        out.append("<<");
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(bytes[i] & 0xFF);
        }
        out.append(">>");
    }
}
