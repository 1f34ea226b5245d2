package io.github.otpadvisor.report.svg;

import static io.github.otpadvisor.report.svg.Geometry.BOX_H;
import static io.github.otpadvisor.report.svg.Geometry.PAD;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Each mark a row may carry, in legend order, with what it means. */
    private static final Map<String, String> MARKS = new LinkedHashMap<>();

    static {
        MARKS.put(NodeView.DYNAMIC, "started at runtime by start_child");
        MARKS.put(NodeView.CYCLE, "shown above, not expanded again");
        MARKS.put(NodeView.SHARED, "expanded where it first appears, not again");
        MARKS.put(NodeView.CUT, "not expanded: size limit");
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
        Set<String> marks = new HashSet<>();
        boolean link = false;
        for (NodeView v : views) {
            kinds.add(v.style());
            if (v.severity() != null) {
                sevs.add(v.severity());
            }
            marks.addAll(v.marks());
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
        MARKS.forEach((mark, text) -> {
            if (marks.contains(mark)) {
                l.mark(mark, text);
            }
        });
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
