package io.github.otpadvisor.report.svg;

import static io.github.otpadvisor.report.svg.Geometry.GAP;

import io.github.otpadvisor.project.SupervisionNode.Kind;
import io.github.otpadvisor.project.SupervisionNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What one row shows, cleaned and cut to fit, and where its pieces go: the box (kind tag and label), then
 * the severity badge, the strategy and the marks, left to right.
 *
 * @param fullLabel the label cleaned of characters XML forbids, uncut, for the tooltip
 * @param label     the label on one line, cut to {@link #MAX_LABEL}
 * @param severity  null when the module has no findings
 * @param href      a safe relative link, or null
 * @param strategy  on one line and cut, or null when there is none
 */
record NodeView(TreeLayout.Row row, int index, KindStyle style, SeverityStyle severity, String href,
                String fullLabel, String label, String strategy, List<String> marks) {
    /** Longer labels are cut with an ellipsis; the node's tooltip keeps the full text. */
    static final int MAX_LABEL = 64;
    static final int MAX_STRATEGY = 32;
    static final String DYNAMIC = "dynamic";
    static final String CYCLE = "cycle";
    static final String SHARED = "shared";
    static final String CUT = "cut";

    static NodeView of(TreeLayout.Row row, int index, Function<String, String> hrefForModule,
                       Map<String, String> severityByModule) {
        SupervisionNode n = row.node();
        String module = n.module();
        String href = module == null || hrefForModule == null ? null : Hrefs.safe(hrefForModule.apply(module));
        SeverityStyle sev = module == null || severityByModule == null ? null
                : SeverityStyle.of(severityByModule.get(module));
        String fullLabel = Xml.clean(labelOf(n));
        String strategy = n.strategy() == null ? ""
                : TextMetrics.truncate(TextMetrics.oneLine(Xml.clean(n.strategy())).strip(), MAX_STRATEGY);
        List<String> marks = new ArrayList<>(2);
        if (n.kind() == Kind.DYNAMIC_CHILD) {
            marks.add(DYNAMIC);
        }
        switch (n.expansion()) {
            case CYCLE -> marks.add(CYCLE);
            case SHARED -> marks.add(SHARED);
            case CUT -> marks.add(CUT);
            default -> {
            }
        }
        return new NodeView(row, index, KindStyle.of(n.kind()), sev, href, fullLabel,
                TextMetrics.truncate(TextMetrics.oneLine(fullLabel), MAX_LABEL), strategy.isEmpty() ? null : strategy,
                List.copyOf(marks));
    }

    /** The text naming a node: its label, else its module, else "?". */
    static String labelOf(SupervisionNode n) {
        if (n.label() != null && !n.label().isBlank()) {
            return n.label();
        }
        return n.module() != null ? n.module() : "?";
    }

    int boxWidth() {
        return 3 + TextMetrics.tagWidth(style.tag) + 6 + TextMetrics.labelWidth(label) + 8;
    }

    int labelX() {
        return row.x() + 3 + TextMetrics.tagWidth(style.tag) + 6;
    }

    int badgeX() {
        return row.x() + boxWidth() + GAP;
    }

    int strategyX() {
        return badgeX() + (severity == null ? 0 : TextMetrics.badgeWidth(severity.badge()) + GAP);
    }

    /** Where mark {@code i} starts; {@code i == marks().size()} gives where a further piece would. */
    int markX(int i) {
        int x = strategyX() + (strategy == null ? 0 : TextMetrics.strategyWidth(strategy) + GAP);
        for (int j = 0; j < i; j++) {
            x += TextMetrics.tagWidth(marks.get(j)) + GAP;
        }
        return x;
    }

    /** Where the row's last piece ends. */
    int right() {
        return markX(marks.size()) - GAP;
    }

    /** The full text behind the row: label, module, kind, strategy, marks, findings and where it is defined. */
    String tooltip() {
        SupervisionNode n = row.node();
        StringBuilder t = new StringBuilder(fullLabel);
        if (n.module() != null && !n.module().equals(n.label())) {
            t.append("\nmodule: ").append(Xml.clean(n.module()));
        }
        t.append('\n').append(style.legend);
        if (strategy != null) {
            t.append(", strategy ").append(strategy);
        }
        if (n.kind() == Kind.DYNAMIC_CHILD) {
            t.append("\nstarted at runtime (start_child)");
        }
        switch (n.expansion()) {
            case CYCLE -> t.append("\nalready shown above: not expanded again");
            case SHARED -> t.append("\nexpanded where it first appears: not again here");
            case CUT -> t.append("\nnot expanded: the tree has more than ").append(SupervisionNode.MAX_TREE_NODES)
                    .append(" nodes");
            default -> {
            }
        }
        if (severity != null) {
            t.append("\nfindings: ").append(severity.css);
        }
        if (n.location() != null && n.location().file() != null) {
            t.append("\nat ").append(Xml.clean(n.location().file())).append(':').append(n.location().line());
        }
        return t.toString();
    }
}
