package io.github.otpadvisor.elixir.lexer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code elixir_interpolation:unescape_tokens/1}: turns the escapes of a string part into the
 * characters they stand for. Elixir works on UTF-8 bytes and {@code \xHH} inserts a raw byte, so a
 * part can end up as invalid UTF-8: such a part is returned as a {@code byte[]}, any other as a String.
 */
final class Unescaper {
    private Unescaper() {
    }

    /** An invalid escape: Elixir reports {@code message ++ ". Syntax error after: " ++ token}. */
    static final class Failure extends RuntimeException {
        final String token;

        Failure(String message, String token) {
            super(message, null, false, false);
            this.token = token;
        }
    }

    /** Unescapes every String part in place; interpolations are left alone. */
    static void unescapeParts(List<Object> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof String raw) {
                parts.set(i, unescape(raw));
            }
        }
    }

    /** The unescaped part: a String, or a byte[] when {@code \xHH} escapes left invalid UTF-8. */
    static Object unescape(String raw) {
        int first = raw.indexOf('\\');
        if (first < 0) {
            return raw;
        }
        Out out = new Out(raw.length());
        out.sb.append(raw, 0, first);
        int n = raw.length();
        int i = first;
        while (i < n) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                int cp = raw.codePointAt(i);
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            char e = raw.charAt(i + 1);
            switch (e) {
                case 'x' -> i = hex(raw, i + 2, out);
                case 'u' -> i = unicode(raw, i + 2, out);
                case '\n' -> i += 2;
                case '\r' -> {
                    if (i + 2 < n && raw.charAt(i + 2) == '\n') {
                        i += 3;
                    } else {
                        out.appendChar('\r');
                        i += 2;
                    }
                }
                default -> {
                    int cp = raw.codePointAt(i + 1);
                    out.appendCodePoint(map(cp));
                    i += 1 + Character.charCount(cp);
                }
            }
        }
        return out.result();
    }

    /** {@code unescape_map/1} for single characters. */
    static int map(int e) {
        return switch (e) {
            case '0' -> 0;
            case 'a' -> 7;
            case 'b' -> '\b';
            case 'd' -> 127;
            case 'e' -> 27;
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 's' -> ' ';
            case 't' -> '\t';
            case 'v' -> 11;
            default -> e;
        };
    }

    private static int hex(String s, int i, Out out) {
        if (isHex(s, i) && isHex(s, i + 1)) {
            out.appendByte(Integer.parseInt(s, i, i + 2, 16));
            return i + 2;
        }
        if (isHex(s, i)) {
            // deprecated \xH: one digit, as a code point
            return codepoint(s, i, i + 1, out, i + 1);
        }
        int close = braced(s, i);
        if (close > 0) {
            return codepoint(s, i + 1, close, out, close + 1);
        }
        throw new Failure("invalid hex escape character, expected \\xHH where H is a hexadecimal digit", "\\x");
    }

    private static int unicode(String s, int i, Out out) {
        if (isHex(s, i) && isHex(s, i + 1) && isHex(s, i + 2) && isHex(s, i + 3)) {
            return codepoint(s, i, i + 4, out, i + 4);
        }
        int close = braced(s, i);
        if (close > 0) {
            return codepoint(s, i + 1, close, out, close + 1);
        }
        throw new Failure("invalid Unicode escape character, expected \\uHHHH or \\u{H*} where H is a hexadecimal "
                + "digit", "\\u");
    }

    /** For {@code {H..}} at i with one to six hex digits: the index of the closing brace; else -1. */
    private static int braced(String s, int i) {
        if (i >= s.length() || s.charAt(i) != '{') {
            return -1;
        }
        int j = i + 1;
        while (j < s.length() && j - i <= 6 && isHex(s, j)) {
            j++;
        }
        int digits = j - i - 1;
        return digits >= 1 && digits <= 6 && j < s.length() && s.charAt(j) == '}' ? j : -1;
    }

    private static int codepoint(String s, int from, int to, Out out, int next) {
        int cp = Integer.parseInt(s, from, to, 16);
        if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
            throw new Failure("invalid or reserved Unicode code point \\u{" + s.substring(from, to) + "}", "\\u");
        }
        out.appendCodePoint(cp);
        return next;
    }

    private static boolean isHex(String s, int i) {
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Text while every byte is part of a character; raw UTF-8 bytes once a high {@code \xHH} appears. */
    private static final class Out {
        final StringBuilder sb;
        byte[] bytes;
        int len;

        Out(int capacity) {
            sb = new StringBuilder(capacity);
        }

        void appendChar(int c) {
            if (bytes == null) {
                sb.append((char) c);
            } else {
                appendUtf8(c);
            }
        }

        void appendCodePoint(int cp) {
            if (bytes == null) {
                sb.appendCodePoint(cp);
            } else {
                appendUtf8(cp);
            }
        }

        void appendByte(int b) {
            if (bytes == null) {
                if (b < 0x80) {
                    sb.append((char) b);
                    return;
                }
                byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
                bytes = new byte[Math.max(16, text.length * 2)];
                System.arraycopy(text, 0, bytes, 0, text.length);
                len = text.length;
            }
            put(b);
        }

        private void appendUtf8(int c) {
            if (c < 0x80) {
                put(c);
            } else if (c < 0x800) {
                put(0xC0 | (c >> 6));
                put(0x80 | (c & 0x3F));
            } else if (c < 0x10000) {
                // a lone surrogate char cannot come from UTF-8 input; pairs are joined below
                put(0xE0 | (c >> 12));
                put(0x80 | ((c >> 6) & 0x3F));
                put(0x80 | (c & 0x3F));
            } else {
                put(0xF0 | (c >> 18));
                put(0x80 | ((c >> 12) & 0x3F));
                put(0x80 | ((c >> 6) & 0x3F));
                put(0x80 | (c & 0x3F));
            }
        }

        private void put(int b) {
            if (len == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, len * 2);
            }
            bytes[len++] = (byte) b;
        }

        Object result() {
            if (bytes == null) {
                return sb.toString();
            }
            byte[] exact = java.util.Arrays.copyOf(bytes, len);
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(exact)).toString();
            } catch (CharacterCodingException e) {
                return exact;
            }
        }
    }
}
