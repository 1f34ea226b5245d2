package io.github.otpadvisor.report.svg;

/** The picture's CSS, scoped under the root class so an inlined picture does not restyle its page. */
final class Stylesheet {
    static final String FONT = "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";

    private Stylesheet() {
    }

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
        for (KindStyle s : KindStyle.values()) {
            c.append(".oa-tree .oa-k-").append(s.css).append(" .oa-box{fill:").append(s.fill)
                    .append(";stroke:").append(s.stroke).append('}')
                    .append(".oa-tree .oa-k-").append(s.css).append(" .oa-tag{fill:").append(s.stroke).append('}');
        }
        c.append(".oa-tree .oa-k-unresolved .oa-box{stroke-dasharray:4 3}");
        for (SeverityStyle s : SeverityStyle.values()) {
            c.append(".oa-tree .oa-sev-").append(s.css).append(" .oa-box{stroke:").append(s.colour)
                    .append(";stroke-width:3}")
                    .append(".oa-tree .oa-sev-").append(s.css).append(" .oa-badge{fill:").append(s.colour)
                    .append('}');
        }
        return c.toString();
    }
}
