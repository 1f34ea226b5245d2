package io.github.otpadvisor.report.svg;

/**
 * Text fitted to one line and its estimated width. The font is monospace, 0.6 em a character, and lengths
 * count code points, so a character outside the BMP is one character wide, not two.
 */
final class TextMetrics {
    private TextMetrics() {
    }

    /** Tabs and line breaks as spaces, for text drawn on one line. */
    static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** At most {@code max} code points, the last being an ellipsis when cut (no surrogate pair split). */
    static String truncate(String s, int max) {
        if (length(s) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "\u2026";
    }

    static int labelWidth(String s) {
        return (length(s) * 36 + 4) / 5; // 12px
    }

    static int strategyWidth(String s) {
        return (length(s) * 33 + 4) / 5; // 11px
    }

    static int tagWidth(String s) {
        return length(s) * 6 + 8; // 10px plus padding
    }

    static int badgeWidth(String s) {
        return length(s) * 6 + 10;
    }
}
