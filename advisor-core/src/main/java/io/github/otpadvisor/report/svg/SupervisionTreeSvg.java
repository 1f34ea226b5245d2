package io.github.otpadvisor.report.svg;

import io.github.otpadvisor.project.SupervisionNode;
import java.util.ArrayList;
import java.util.List;
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
 *
 * <p>The work is split: {@link TreeLayout}, {@link NodeView}, {@link Legend} and {@link Canvas} place things;
 * {@link SvgDocument}, {@link NodePainter} and {@link Shapes} write them; {@link Xml} and {@link Hrefs} make
 * foreign text safe.
 */
public final class SupervisionTreeSvg {
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
        TreeLayout layout = TreeLayout.of(root);
        List<NodeView> views = new ArrayList<>(layout.rows().size());
        int rowsRight = 0;
        for (int i = 0; i < layout.rows().size(); i++) {
            NodeView v = NodeView.of(layout.rows().get(i), i, hrefForModule, severityByModule);
            views.add(v);
            rowsRight = Math.max(rowsRight, v.right());
        }
        Legend legend = Legend.of(views, Math.max(rowsRight, Geometry.MIN_WRAP));
        return SvgDocument.write(root, layout, views, legend, Canvas.of(layout, rowsRight, legend));
    }
}
