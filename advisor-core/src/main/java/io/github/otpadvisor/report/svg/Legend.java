package io.github.otpadvisor.report.svg;

import static io.github.otpadvisor.report.svg.Geometry.BOX_H;
import static io.github.otpadvisor.report.svg.Geometry.PAD;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The legend's layout: only what the picture uses, in a fixed order, wrapped to the picture's width. */
final class Legend {
    /** Draws an entry's sample at the entry's position. */
    interface Swatch {
        void draw(StringBuilder sb, int x, int y);
    }

    /** One entry: a sample {@code swatchWidth} wide at (x, y), then its text. */
    record Entry(int x, int y, int swatchWidth, String text, Swatch swatch) {
        int textX() {
            return x + swatchWidth + 6;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final int wrapAt;
    private int x = PAD;
    private int y = PAD;
    private int right;

    private Legend(int wrapAt) {
        this.wrapAt = wrapAt;
    }

    static Legend of(List<NodeView> views, int wrapAt) {
        Set<KindStyle> kinds = EnumSet.noneOf(KindStyle.class);
        Set<SeverityStyle> sevs = EnumSet.noneOf(SeverityStyle.class);
        boolean dynamic = false;
        boolean cycle = false;
        boolean shared = false;
        boolean cut = false;
        boolean link = false;
        for (NodeView v : views) {
            kinds.add(v.style());
            if (v.severity() != null) {
                sevs.add(v.severity());
            }
            dynamic |= v.marks().contains(NodeView.DYNAMIC);
            cycle |= v.marks().contains(NodeView.CYCLE);
            shared |= v.marks().contains(NodeView.SHARED);
            cut |= v.marks().contains(NodeView.CUT);
            link |= v.href() != null;
        }
        Legend l = new Legend(wrapAt);
        for (KindStyle s : kinds) { // EnumSet iterates in declaration order
            int w = TextMetrics.tagWidth(s.tag) + 6;
            l.add(w, s.legend, (sb, sx, sy) -> Shapes.kindSwatch(sb, sx, sy, w, s));
        }
        for (SeverityStyle s : sevs) {
            l.add(TextMetrics.badgeWidth(s.badge()), s.legend, (sb, sx, sy) -> Shapes.severitySwatch(sb, sx, sy, s));
        }
        if (dynamic) {
            l.mark(NodeView.DYNAMIC, "started at runtime by start_child");
        }
        if (cycle) {
            l.mark(NodeView.CYCLE, "shown above, not expanded again");
        }
        if (shared) {
            l.mark(NodeView.SHARED, "expanded where it first appears, not again");
        }
        if (cut) {
            l.mark(NodeView.CUT, "not expanded: size limit");
        }
        if (link) {
            l.add(TextMetrics.labelWidth("Name"), "opens the module's page",
                    (sb, sx, sy) -> Shapes.text(sb, "oa-label oa-linked", sx, sy + 14, "Name"));
        }
        return l;
    }

    private void mark(String m, String text) {
        add(TextMetrics.tagWidth(m), text, (sb, sx, sy) -> Shapes.mark(sb, sx, sy, m));
    }

    private void add(int swatchWidth, String text, Swatch swatch) {
        int w = swatchWidth + 6 + TextMetrics.strategyWidth(text);
        if (x > PAD && x + w > wrapAt) {
            x = PAD;
            y += BOX_H + 6;
        }
        entries.add(new Entry(x, y, swatchWidth, text, swatch));
        right = Math.max(right, x + w);
        x += w + 18;
    }

    List<Entry> entries() {
        return entries;
    }

    /** Where the widest line of entries ends. */
    int right() {
        return right;
    }

    /** Where the last line of entries ends. */
    int bottom() {
        return y + BOX_H;
    }
}
