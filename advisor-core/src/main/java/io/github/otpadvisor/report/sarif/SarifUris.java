package io.github.otpadvisor.report.sarif;

import java.nio.charset.StandardCharsets;

/**
 * Scan-relative paths as SARIF {@code artifactLocation.uri} values: relative references (RFC 3986)
 * that code-scanning services resolve against the checkout, so the output holds no absolute path.
 */
final class SarifUris {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SarifUris() {
    }

    /**
     * Percent-encodes every byte of the UTF-8 path except the unreserved characters and {@code '/'}.
     * Stricter than RFC 3986 needs (sub-delims would be legal in a segment), but then no character
     * can change meaning: {@code ':'} in a first segment would read as a scheme, {@code '#'} and
     * {@code '?'} would end the path, {@code '%'} would read as an escape.
     */
    static String relative(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (unreserved(c) || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean unreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
