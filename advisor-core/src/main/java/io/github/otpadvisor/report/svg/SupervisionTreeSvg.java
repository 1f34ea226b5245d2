package io.github.otpadvisor.report.svg;

import io.github.otpadvisor.project.SupervisionNode.Kind;
import io.github.otpadvisor.project.SupervisionNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Draws one supervision tree as a standalone SVG 1.1 picture, with no script and no external resource.
 *
 * <p>The layout is an indented tree (one node a row, children indented below their parent, elbow
 * connectors), so it grows downward only and stays readable with hundreds of children. The same text is
 * written as a {@code .svg} file and inlined in HTML pages: it has no XML prolog and no ids (several trees
 * may share one page), its CSS is scoped under {@code .oa-tree}, and it is pure ASCII (everything else is a
 * character reference) so the writer's charset cannot corrupt it.
 *
 * <p>Labels and module names come from analysed source, which may be hostile: everything is stripped of
 * characters XML 1.0 forbids and escaped. Traversal uses an explicit stack: no recursion on tree depth.
 */
public final class SupervisionTreeSvg {
    static final int PAD = 12;
    static final int INDENT = 24;
    static final int ROW = 28;
    static final int BOX_H = 20;
    /** Longer labels are cut with an ellipsis; the node's tooltip keeps the full text. */
    static final int MAX_LABEL = 64;
    static final int MAX_STRATEGY = 32;
    /** A guard against absurd inputs (a DAG shared many times over): rows beyond it are summarised. */
    static final int MAX_ROWS = 50_000;
    private static final String FONT = "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";

    private SupervisionTreeSvg() {
    }

    /**
     * The picture of the tree under {@code root}.
     *
     * @param root             the tree
     * @param hrefForModule    a relative link for a module, or null for none; links with a scheme or an
     *                         authority ({@code javascript:}, {@code //host}) are refused. May itself be null.
     * @param severityByModule module -> worst severity ({@code error}, {@code warning}, {@code info}); may be null
     * @return an {@code <svg>} element with its namespace declarations, no prolog
     */
    public static String render(SupervisionNode root, Function<String, String> hrefForModule,
                                Map<String, String> severityByModule) {
        if (root == null) {
            throw new IllegalArgumentException("root is null");
        }
        Layout layout = Layout.of(root);
        List<Drawn> drawn = new ArrayList<>(layout.rows.size());
        boolean[] kindsUsed = new boolean[Style.values().length];
        boolean[] sevsUsed = new boolean[Severity.values().length];
        boolean dynamicUsed = false;
        boolean cycleUsed = false;
        boolean linkUsed = false;
        int right = 0;
        for (int i = 0; i < layout.rows.size(); i++) {
            Row r = layout.rows.get(i);
            SupervisionNode n = r.node;
            String module = n.module();
            String href = module == null || hrefForModule == null ? null : Hrefs.safe(hrefForModule.apply(module));
            Severity sev = module == null || severityByModule == null ? null : Severity.of(severityByModule.get(module));
            Drawn d = new Drawn(r, i, Style.of(n.kind()), sev, href);
            drawn.add(d);
            kindsUsed[d.style.ordinal()] = true;
            if (sev != null) {
                sevsUsed[sev.ordinal()] = true;
            }
            dynamicUsed |= n.kind() == Kind.DYNAMIC_CHILD;
            cycleUsed |= n.cycle();
            linkUsed |= href != null;
            right = Math.max(right, d.right());
        }
        Legend legend = Legend.of(kindsUsed, sevsUsed, dynamicUsed, cycleUsed, linkUsed,
                Math.max(right, 600 + PAD));
        right = Math.max(right, legend.right);
        int top = legend.bottom + 16;
        int width = right + PAD;
        int height = top + layout.rows.size() * ROW + (layout.truncated ? ROW : 0) + PAD - (ROW - BOX_H);

        StringBuilder sb = new StringBuilder(512 + layout.rows.size() * 400);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" version=\"1.1\" class=\"oa-tree\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" font-family=\"").append(FONT).append("\" font-size=\"12\">\n");
        sb.append("<title>Supervision tree of ").append(Xml.escape(Xml.oneLine(label(root)))).append("</title>\n");
        sb.append("<desc>").append(Xml.escape(description(layout))).append("</desc>\n");
        sb.append("<style>").append(Style.css()).append("</style>\n");
        sb.append("<rect class=\"oa-bg\" x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\"/>\n");
        legend.draw(sb);
        sb.append("<path class=\"oa-rule\" d=\"M").append(PAD).append(' ').append(legend.bottom + 6).append('H')
                .append(right).append("\"/>\n");
        edges(sb, layout, top);
        for (Drawn d : drawn) {
            d.draw(sb, top);
        }
        if (layout.truncated) {
            Draw.text(sb, "oa-strategy", PAD, top + layout.rows.size() * ROW + 14,
                    "\u2026 more than " + MAX_ROWS + " nodes: the rest is not drawn");
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    static String label(SupervisionNode n) {
        if (n.label() != null && !n.label().isBlank()) {
            return n.label();
        }
        return n.module() != null ? n.module() : "?";
    }

    private static String description(Layout layout) {
        return "Indented tree of " + layout.rows.size() + (layout.rows.size() == 1 ? " node" : " nodes") + ", "
                + (layout.maxDepth + 1) + (layout.maxDepth == 0 ? " level" : " levels")
                + ": each row is one node; children are listed below their parent, indented one step."
                + (layout.truncated ? " Only the first " + MAX_ROWS + " nodes are drawn." : "");
    }

    /** Elbows: one vertical line per parent down to its last child, one horizontal stub per child. */
    private static void edges(StringBuilder sb, Layout layout, int top) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < layout.rows.size(); i++) {
            Row r = layout.rows.get(i);
            if (layout.lastChild[i] >= 0) {
                int x = r.x() + INDENT / 2;
                d.append('M').append(x).append(' ').append(top + i * ROW + BOX_H)
                        .append('V').append(top + layout.lastChild[i] * ROW + BOX_H / 2);
            }
            if (r.parent >= 0) {
                Row p = layout.rows.get(r.parent);
                d.append('M').append(p.x() + INDENT / 2).append(' ').append(top + i * ROW + BOX_H / 2)
                        .append('H').append(r.x());
            }
        }
        if (d.length() > 0) {
            sb.append("<path class=\"oa-edge\" d=\"").append(d).append("\"/>\n");
        }
    }

    /** One node in pre-order, with its depth and the row of its parent (-1 for the root). */
    record Row(SupervisionNode node, int depth, int parent) {
        int x() {
            return PAD + depth * INDENT;
        }
    }

    /** The rows in drawing order, found with an explicit stack so depth cannot overflow the call stack. */
    static final class Layout {
        final List<Row> rows = new ArrayList<>();
        int[] lastChild;
        int maxDepth;
        boolean truncated;

        static Layout of(SupervisionNode root) {
            Layout l = new Layout();
            Deque<Row> todo = new ArrayDeque<>();
            todo.push(new Row(root, 0, -1));
            while (!todo.isEmpty()) {
                if (l.rows.size() == MAX_ROWS) {
                    l.truncated = true;
                    break;
                }
                Row r = todo.pop();
                l.rows.add(r);
                l.maxDepth = Math.max(l.maxDepth, r.depth);
                int index = l.rows.size() - 1;
                List<SupervisionNode> children = r.node.children();
                for (int i = children.size() - 1; i >= 0; i--) {
                    todo.push(new Row(children.get(i), r.depth + 1, index)); // reversed: popped in order
                }
            }
            l.lastChild = new int[l.rows.size()];
            java.util.Arrays.fill(l.lastChild, -1);
            for (int i = 0; i < l.rows.size(); i++) {
                int p = l.rows.get(i).parent;
                if (p >= 0) {
                    l.lastChild[p] = i; // pre-order: the last assignment is the last child
                }
            }
            return l;
        }
    }

    /** One row's contents: box with kind tag and label, then severity badge, strategy and marks. */
    private static final class Drawn {
        final Row row;
        final int index;
        final Style style;
        final Severity sev;
        final String href;
        final String fullLabel;
        final String label;
        final String strategy;
        final List<String> marks = new ArrayList<>(2);

        Drawn(Row row, int index, Style style, Severity sev, String href) {
            this.row = row;
            this.index = index;
            this.style = style;
            this.sev = sev;
            this.href = href;
            SupervisionNode n = row.node;
            this.fullLabel = Xml.clean(label(n));
            this.label = Xml.truncate(Xml.oneLine(fullLabel), MAX_LABEL);
            String s = n.strategy() == null ? "" : Xml.truncate(Xml.oneLine(Xml.clean(n.strategy())).strip(),
                    MAX_STRATEGY);
            this.strategy = s.isEmpty() ? null : s;
            if (n.kind() == Kind.DYNAMIC_CHILD) {
                marks.add("dynamic");
            }
            if (n.cycle()) {
                marks.add("cycle");
            }
        }

        int boxWidth() {
            return 3 + Draw.tagWidth(style.tag) + 6 + Draw.labelWidth(label) + 8;
        }

        int right() {
            int x = row.x() + boxWidth();
            if (sev != null) {
                x += 8 + Draw.badgeWidth(sev.badge());
            }
            if (strategy != null) {
                x += 8 + Draw.strategyWidth(strategy);
            }
            for (String m : marks) {
                x += 8 + Draw.tagWidth(m);
            }
            return x;
        }

        void draw(StringBuilder sb, int top) {
            int x = row.x();
            int y = top + index * ROW;
            if (href != null) {
                String h = Xml.escape(href);
                sb.append("<a href=\"").append(h).append("\" xlink:href=\"").append(h).append("\">");
            }
            sb.append("<g class=\"oa-node oa-k-").append(style.css).append(sev == null ? "" : " oa-sev-" + sev.css)
                    .append("\"><title>").append(Xml.escape(tooltip())).append("</title>");
            int w = boxWidth();
            Draw.rect(sb, "oa-box", x, y, w, BOX_H, 4);
            int tagW = Draw.tagWidth(style.tag);
            Draw.rect(sb, "oa-tag", x + 3, y + 3, tagW, 14, 3);
            Draw.text(sb, "oa-tagtext", x + 7, y + 14, style.tag);
            Draw.text(sb, href == null ? "oa-label" : "oa-label oa-linked", x + 3 + tagW + 6, y + 14, label);
            int cx = x + w + 8;
            if (sev != null) {
                String badge = sev.badge();
                int bw = Draw.badgeWidth(badge);
                Draw.rect(sb, "oa-badge", cx, y + 2, bw, 16, 8);
                Draw.text(sb, "oa-badgetext", cx + 5, y + 14, badge);
                cx += bw + 8;
            }
            if (strategy != null) {
                Draw.text(sb, "oa-strategy", cx, y + 14, strategy);
                cx += Draw.strategyWidth(strategy) + 8;
            }
            for (String m : marks) {
                int mw = Draw.tagWidth(m);
                Draw.rect(sb, "oa-mark", cx, y + 3, mw, 14, 7);
                Draw.text(sb, "oa-marktext", cx + 4, y + 14, m);
                cx += mw + 8;
            }
            sb.append("</g>");
            if (href != null) {
                sb.append("</a>");
            }
            sb.append('\n');
        }

        private String tooltip() {
            SupervisionNode n = row.node;
            StringBuilder t = new StringBuilder(fullLabel);
            if (n.module() != null && !n.module().equals(n.label())) {
                t.append("\nmodule: ").append(Xml.clean(n.module()));
            }
            t.append('\n').append(style.legend);
            if (strategy != null) {
                t.append(", strategy ").append(strategy);
            }
            if (n.kind() == Kind.DYNAMIC_CHILD) {
                t.append("\nstarted at runtime (DynamicSupervisor.start_child)");
            }
            if (n.cycle()) {
                t.append("\nalready shown above: not expanded again");
            }
            if (sev != null) {
                t.append("\nfindings: ").append(sev.css);
            }
            if (n.location() != null && n.location().file() != null) {
                t.append("\nat ").append(Xml.clean(n.location().file())).append(':').append(n.location().line());
            }
            return t.toString();
        }
    }

    /** The legend: only what the picture uses, in a fixed order, wrapped to the picture's width. */
    private static final class Legend {
        final StringBuilder out = new StringBuilder();
        int right;
        int bottom;
        private int x = PAD;
        private int y = PAD;
        private final int wrapAt;

        private Legend(int wrapAt) {
            this.wrapAt = wrapAt;
        }

        static Legend of(boolean[] kinds, boolean[] sevs, boolean dynamic, boolean cycle, boolean link, int wrapAt) {
            Legend l = new Legend(wrapAt);
            for (Style s : Style.values()) {
                if (kinds[s.ordinal()]) {
                    int w = Draw.tagWidth(s.tag) + 6;
                    l.item(w, s.legend, (sb, x, y) -> {
                        sb.append("<g class=\"oa-k-").append(s.css).append("\">");
                        Draw.rect(sb, "oa-box", x, y, w, BOX_H, 4);
                        Draw.rect(sb, "oa-tag", x + 3, y + 3, w - 6, 14, 3);
                        Draw.text(sb, "oa-tagtext", x + 7, y + 14, s.tag);
                        sb.append("</g>");
                    });
                }
            }
            for (Severity s : Severity.values()) {
                if (sevs[s.ordinal()]) {
                    String badge = s.badge();
                    int w = Draw.badgeWidth(badge);
                    l.item(w, s.legend, (sb, x, y) -> {
                        sb.append("<g class=\"oa-sev-").append(s.css).append("\">");
                        Draw.rect(sb, "oa-badge", x, y + 2, w, 16, 8);
                        Draw.text(sb, "oa-badgetext", x + 5, y + 14, badge);
                        sb.append("</g>");
                    });
                }
            }
            if (dynamic) {
                l.mark("dynamic", "started at runtime by start_child");
            }
            if (cycle) {
                l.mark("cycle", "shown above, not expanded again");
            }
            if (link) {
                l.item(Draw.labelWidth("Name"), "opens the module's page",
                        (sb, x, y) -> Draw.text(sb, "oa-label oa-linked", x, y + 14, "Name"));
            }
            l.bottom = l.y + BOX_H;
            return l;
        }

        private void mark(String m, String text) {
            int w = Draw.tagWidth(m);
            item(w, text, (sb, x, y) -> {
                Draw.rect(sb, "oa-mark", x, y + 3, w, 14, 7);
                Draw.text(sb, "oa-marktext", x + 4, y + 14, m);
            });
        }

        private void item(int swatchWidth, String text, Swatch swatch) {
            int w = swatchWidth + 6 + Draw.strategyWidth(text);
            if (x > PAD && x + w > wrapAt) {
                x = PAD;
                y += BOX_H + 6;
            }
            swatch.draw(out, x, y);
            Draw.text(out, "oa-legend", x + swatchWidth + 6, y + 14, text);
            right = Math.max(right, x + w);
            x += w + 18;
        }

        void draw(StringBuilder sb) {
            sb.append("<g class=\"oa-legend-box\">").append(out).append("</g>\n");
        }

        interface Swatch {
            void draw(StringBuilder sb, int x, int y);
        }
    }

    /** Primitive shapes and the width estimates of the monospace text (0.6 em a character). */
    static final class Draw {
        private Draw() {
        }

        static int labelWidth(String s) {
            return (Xml.length(s) * 36 + 4) / 5; // 12px
        }

        static int strategyWidth(String s) {
            return (Xml.length(s) * 33 + 4) / 5; // 11px
        }

        static int tagWidth(String s) {
            return Xml.length(s) * 6 + 8; // 10px plus padding
        }

        static int badgeWidth(String s) {
            return Xml.length(s) * 6 + 10;
        }

        static void rect(StringBuilder sb, String cls, int x, int y, int w, int h, int rx) {
            sb.append("<rect class=\"").append(cls).append("\" x=\"").append(x).append("\" y=\"").append(y)
                    .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\" rx=\"").append(rx)
                    .append("\"/>");
        }

        static void text(StringBuilder sb, String cls, int x, int y, String s) {
            sb.append("<text class=\"").append(cls).append("\" x=\"").append(x).append("\" y=\"").append(y)
                    .append("\">").append(Xml.escape(s)).append("</text>");
        }
    }

    /** Per kind: CSS class, tag, legend text and colours. */
    enum Style {
        APPLICATION("app", "app", "application", "#f3e8ff", "#7e22ce"),
        SUPERVISOR("sup", "sup", "Supervisor", "#dbeafe", "#1e40af"),
        DYNAMIC_SUPERVISOR("dynsup", "dyn sup", "DynamicSupervisor", "#ccfbf1", "#0f766e"),
        PARTITION_SUPERVISOR("partsup", "part sup", "PartitionSupervisor", "#e0e7ff", "#4338ca"),
        TASK_SUPERVISOR("tasksup", "task sup", "Task.Supervisor", "#fef9c3", "#854d0e"),
        REGISTRY("registry", "registry", "Registry", "#fce7f3", "#9d174d"),
        WORKER("worker", "worker", "worker", "#f1f5f9", "#475569"),
        DYNAMIC_CHILD("dynchild", "dyn child", "child started at runtime", "#dcfce7", "#166534"),
        UNRESOLVED("unresolved", "unresolved", "child spec not resolved (dashed)", "#ffffff", "#6b7280");

        final String css;
        final String tag;
        final String legend;
        final String fill;
        final String stroke;

        Style(String css, String tag, String legend, String fill, String stroke) {
            this.css = css;
            this.tag = tag;
            this.legend = legend;
            this.fill = fill;
            this.stroke = stroke;
        }

        static Style of(Kind kind) {
            return kind == null ? UNRESOLVED : valueOf(kind.name());
        }

        /** The stylesheet, scoped under the root class so an inlined picture does not restyle its page. */
        static String css() {
            StringBuilder c = new StringBuilder();
            c.append(".oa-tree{font-family:").append(FONT).append(";font-size:12px}")
                    .append(".oa-tree .oa-bg{fill:#ffffff}")
                    .append(".oa-tree .oa-rule{stroke:#e2e8f0;stroke-width:1;fill:none}")
                    .append(".oa-tree .oa-edge{fill:none;stroke:#94a3b8;stroke-width:1;shape-rendering:crispEdges}")
                    .append(".oa-tree .oa-box{stroke-width:1}")
                    .append(".oa-tree .oa-label{fill:#0f172a}")
                    .append(".oa-tree .oa-linked{text-decoration:underline}")
                    .append(".oa-tree a:hover .oa-box,.oa-tree a:focus .oa-box{stroke-width:2}")
                    .append(".oa-tree .oa-tagtext{fill:#ffffff;font-size:10px;font-weight:bold}")
                    .append(".oa-tree .oa-strategy{fill:#475569;font-size:11px}")
                    .append(".oa-tree .oa-legend{fill:#334155;font-size:11px}")
                    .append(".oa-tree .oa-mark{fill:#ffffff;stroke:#64748b;stroke-width:1}")
                    .append(".oa-tree .oa-marktext{fill:#334155;font-size:10px;font-style:italic}")
                    .append(".oa-tree .oa-badgetext{fill:#ffffff;font-size:10px;font-weight:bold}");
            for (Style s : values()) {
                c.append(".oa-tree .oa-k-").append(s.css).append(" .oa-box{fill:").append(s.fill)
                        .append(";stroke:").append(s.stroke).append('}')
                        .append(".oa-tree .oa-k-").append(s.css).append(" .oa-tag{fill:").append(s.stroke).append('}');
            }
            c.append(".oa-tree .oa-k-unresolved .oa-box{stroke-dasharray:4 3}");
            for (Severity s : Severity.values()) {
                c.append(".oa-tree .oa-sev-").append(s.css).append(" .oa-box{stroke:").append(s.colour)
                        .append(";stroke-width:3}")
                        .append(".oa-tree .oa-sev-").append(s.css).append(" .oa-badge{fill:").append(s.colour)
                        .append('}');
            }
            return c.toString();
        }
    }

    /** Severities drawn as a thick border plus a "!" badge naming it: never colour alone. */
    enum Severity {
        ERROR("error", "#dc2626", "module with error findings"),
        WARNING("warning", "#c2410c", "module with warnings"),
        INFO("info", "#2563eb", "module with info findings"),
        /** A value this class does not know: still shown, neutrally, with its (cleaned) word. */
        OTHER("other", "#475569", "module with other findings");

        final String css;
        final String colour;
        final String legend;

        Severity(String css, String colour, String legend) {
            this.css = css;
            this.colour = colour;
            this.legend = legend;
        }

        static Severity of(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "error" -> ERROR;
                case "warning" -> WARNING;
                case "info" -> INFO;
                default -> OTHER;
            };
        }

        String badge() {
            return "! " + css;
        }
    }

    /** Links are produced by our own code as relative paths; anything else is refused, defensively. */
    static final class Hrefs {
        private Hrefs() {
        }

        /** {@code href} when it is a relative reference without scheme or authority, else null. */
        static String safe(String href) {
            if (href == null || href.isEmpty() || !Xml.clean(href).equals(href)) {
                return null;
            }
            for (int i = 0; i < href.length(); i++) {
                char c = href.charAt(i);
                // URL parsers drop tabs/newlines and leading spaces ("java\tscript:"), and read '\' as '/'.
                if (c <= 0x20 || c == 0x7F || c == '\\') {
                    return null;
                }
            }
            if (href.startsWith("//")) {
                return null; // another host
            }
            int end = href.length();
            for (char stop : new char[] {'/', '?', '#'}) {
                int i = href.indexOf(stop);
                if (i >= 0 && i < end) {
                    end = i;
                }
            }
            return href.substring(0, end).indexOf(':') >= 0 ? null : href; // a scheme: javascript:, data:, http:
        }
    }

    /** Text for XML 1.0: illegal characters dropped, markup characters escaped, non-ASCII as references. */
    static final class Xml {
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
}
