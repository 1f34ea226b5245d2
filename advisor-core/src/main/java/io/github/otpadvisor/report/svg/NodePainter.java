package io.github.otpadvisor.report.svg;

/** Draws one row: a group with the node's tooltip, wrapped in a link when the module has a page. */
final class NodePainter {
    private NodePainter() {
    }

    static void draw(StringBuilder sb, NodeView v, int y) {
        int x = v.row().x();
        if (v.href() != null) {
            String h = Xml.escape(v.href());
            sb.append("<a href=\"").append(h).append("\" xlink:href=\"").append(h).append("\">");
        }
        sb.append("<g class=\"oa-node oa-k-").append(v.style().css)
                .append(v.severity() == null ? "" : " oa-sev-" + v.severity().css)
                .append("\"><title>").append(Xml.escape(v.tooltip())).append("</title>");
        Shapes.box(sb, x, y, v.boxWidth());
        Shapes.tag(sb, x, y, v.style().tag);
        Shapes.text(sb, v.href() == null ? "oa-label" : "oa-label oa-linked", v.labelX(), y + 14, v.label());
        if (v.severity() != null) {
            Shapes.badge(sb, v.badgeX(), y, v.severity().badge());
        }
        if (v.strategy() != null) {
            Shapes.text(sb, "oa-strategy", v.strategyX(), y + 14, v.strategy());
        }
        for (int i = 0; i < v.marks().size(); i++) {
            Shapes.mark(sb, v.markX(i), y, v.marks().get(i));
        }
        sb.append("</g>");
        if (v.href() != null) {
            sb.append("</a>");
        }
        sb.append('\n');
    }
}
