package io.github.otpadvisor.report.svg;

import static io.github.otpadvisor.report.svg.Geometry.BOX_H;
import static io.github.otpadvisor.report.svg.Geometry.PAD;

import io.github.otpadvisor.project.SupervisionNode;
import java.util.List;

/**
 * Writes the whole picture: the svg element with its accessible title and description, the stylesheet,
 * the legend, a rule, the connectors, then one line per row. One element a line keeps diffs of reports small.
 */
final class SvgDocument {
    private SvgDocument() {
    }

    static String write(SupervisionNode root, TreeLayout layout, List<NodeView> views, Legend legend,
                        Canvas canvas) {
        int width = canvas.width();
        int height = canvas.height();
        StringBuilder sb = new StringBuilder(512 + views.size() * 400);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" version=\"1.1\" class=\"oa-tree\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" font-family=\"").append(Stylesheet.FONT).append("\" font-size=\"12\">\n");
        sb.append("<title>Supervision tree of ").append(Xml.escape(TextMetrics.oneLine(NodeView.labelOf(root))))
                .append("</title>\n");
        sb.append("<desc>").append(Xml.escape(description(layout))).append("</desc>\n");
        sb.append("<style>").append(Stylesheet.css()).append("</style>\n");
        sb.append("<rect class=\"oa-bg\" x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\"/>\n");
        legend(sb, legend);
        sb.append("<path class=\"oa-rule\" d=\"M").append(PAD).append(' ').append(canvas.ruleY()).append('H')
                .append(canvas.right()).append("\"/>\n");
        edges(sb, layout, canvas);
        for (NodeView v : views) {
            NodePainter.draw(sb, v, canvas.rowY(v.index()));
        }
        List<String> notes = layout.notes();
        for (int i = 0; i < notes.size(); i++) {
            Shapes.text(sb, "oa-strategy", PAD, canvas.rowY(layout.rows().size() + i) + 14, notes.get(i));
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static String description(TreeLayout layout) {
        int rows = layout.rows().size();
        return "Indented tree of " + rows + (rows == 1 ? " node" : " nodes") + ", "
                + (layout.maxDepth() + 1) + (layout.maxDepth() == 0 ? " level" : " levels")
                + ": each row is one node; children are listed below their parent, indented one step."
                + (layout.truncated() ? " Only the first " + TreeLayout.MAX_ROWS + " nodes are drawn." : "");
    }

    private static void legend(StringBuilder sb, Legend legend) {
        sb.append("<g class=\"oa-legend-box\">");
        for (Legend.Entry e : legend.entries()) {
            e.swatch().draw(sb, e.x(), e.y());
            Shapes.text(sb, "oa-legend", e.textX(), e.y() + 14, e.text());
        }
        sb.append("</g>\n");
    }

    /** Elbows: one vertical line per parent down to its last child, one horizontal stub per child. */
    private static void edges(StringBuilder sb, TreeLayout layout, Canvas canvas) {
        List<TreeLayout.Row> rows = layout.rows();
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            TreeLayout.Row r = rows.get(i);
            int last = layout.lastChild(i);
            if (last >= 0) {
                d.append('M').append(r.elbowX()).append(' ').append(canvas.rowY(i) + BOX_H)
                        .append('V').append(canvas.rowY(last) + BOX_H / 2);
            }
            if (r.parent() >= 0) {
                d.append('M').append(rows.get(r.parent()).elbowX()).append(' ').append(canvas.rowY(i) + BOX_H / 2)
                        .append('H').append(r.x());
            }
        }
        if (d.length() > 0) {
            sb.append("<path class=\"oa-edge\" d=\"").append(d).append("\"/>\n");
        }
    }
}
