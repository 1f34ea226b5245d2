package io.github.otpadvisor.report.svg;

/**
 * Text for XML 1.0: illegal characters dropped, markup characters escaped, non-ASCII as character
 * references, so the output is pure ASCII and no charset can corrupt it.
 */
final class Xml {
    private Xml() {
    }

    static boolean legal(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    /** Drops what XML 1.0 cannot carry (NUL, other C0 controls, lone surrogates, U+FFFE/U+FFFF). */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (!legal(cp)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    /** Escaped for both text and attribute values; cleans first, so any string is safe here. */
    static String escape(String raw) {
        String s = clean(raw);
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (cp < 0x20 || cp > 0x7E) {
                        sb.append("&#x").append(Integer.toHexString(cp)).append(';');
                    } else {
                        sb.append((char) cp);
                    }
                }
            }
        }
        return sb.toString();
    }
}
