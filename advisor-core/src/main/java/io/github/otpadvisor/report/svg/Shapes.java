package io.github.otpadvisor.report.svg;

import static io.github.otpadvisor.report.svg.Geometry.BOX_H;

/**
 * The SVG elements the picture is made of: primitive shapes and the small glyphs rows and legend share.
 * Every piece of text goes through {@link Xml#escape}; x and y are a box's top left unless said otherwise.
 */
final class Shapes {
    private Shapes() {
    }

    static void rect(StringBuilder sb, String cls, int x, int y, int w, int h, int rx) {
        sb.append("<rect class=\"").append(cls).append("\" x=\"").append(x).append("\" y=\"").append(y)
                .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\" rx=\"").append(rx)
                .append("\"/>");
    }

    /** Text whose baseline is at {@code y}. */
    static void text(StringBuilder sb, String cls, int x, int y, String s) {
        sb.append("<text class=\"").append(cls).append("\" x=\"").append(x).append("\" y=\"").append(y)
                .append("\">").append(Xml.escape(s)).append("</text>");
    }

    /** A node's box, coloured by the enclosing kind and severity classes. */
    static void box(StringBuilder sb, int x, int y, int w) {
        rect(sb, "oa-box", x, y, w, BOX_H, 4);
    }

    /** The kind tag inside the box at (x, y). */
    static void tag(StringBuilder sb, int x, int y, String tag) {
        rect(sb, "oa-tag", x + 3, y + 3, TextMetrics.tagWidth(tag), 14, 3);
        text(sb, "oa-tagtext", x + 7, y + 14, tag);
    }

    /** A severity badge, a pill naming the severity. */
    static void badge(StringBuilder sb, int x, int y, String badge) {
        rect(sb, "oa-badge", x, y + 2, TextMetrics.badgeWidth(badge), 16, 8);
        text(sb, "oa-badgetext", x + 5, y + 14, badge);
    }

    /** A mark such as "dynamic": outlined, in italics. */
    static void mark(StringBuilder sb, int x, int y, String m) {
        rect(sb, "oa-mark", x, y + 3, TextMetrics.tagWidth(m), 14, 7);
        text(sb, "oa-marktext", x + 4, y + 14, m);
    }

    /** The legend's sample of a kind: a box {@code w} wide holding only the tag. */
    static void kindSwatch(StringBuilder sb, int x, int y, int w, KindStyle s) {
        sb.append("<g class=\"oa-k-").append(s.css).append("\">");
        box(sb, x, y, w);
        tag(sb, x, y, s.tag);
        sb.append("</g>");
    }

    /** The legend's sample of a severity: its badge. */
    static void severitySwatch(StringBuilder sb, int x, int y, SeverityStyle s) {
        sb.append("<g class=\"oa-sev-").append(s.css).append("\">");
        badge(sb, x, y, s.badge());
        sb.append("</g>");
    }
}
