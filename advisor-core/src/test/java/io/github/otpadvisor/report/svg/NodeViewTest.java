package io.github.otpadvisor.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.project.SupervisionNode.Expansion;
import io.github.otpadvisor.project.SupervisionNode.Kind;
import io.github.otpadvisor.project.SupervisionNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A row's text and the positions of its pieces, left to right with a gap between them. */
class NodeViewTest {
    private static NodeView view(SupervisionNode n, Map<String, String> severities) {
        return NodeView.of(TreeLayout.of(n).rows().get(0), 0, m -> "p/" + m + ".html", severities);
    }

    @Test
    void piecesFollowEachOther() {
        SupervisionNode n = new SupervisionNode(Kind.DYNAMIC_CHILD, "Shop.Cart", "Shop.Cart", null, "one_for_one",
                List.of(), Expansion.CYCLE, null);
        NodeView v = view(n, Map.of("Shop.Cart", "warning"));
        assertEquals(List.of("dynamic", "cycle"), v.marks());
        assertEquals(v.row().x() + v.boxWidth() + Geometry.GAP, v.badgeX());
        assertEquals(v.badgeX() + TextMetrics.badgeWidth("! warning") + Geometry.GAP, v.strategyX());
        assertEquals(v.strategyX() + TextMetrics.strategyWidth("one_for_one") + Geometry.GAP, v.markX(0));
        assertEquals(v.markX(1) + TextMetrics.tagWidth("cycle"), v.right());
        assertEquals("p/Shop.Cart.html", v.href());
    }

    @Test
    void aBareNodeEndsWithItsBox() {
        SupervisionNode n = new SupervisionNode(null, " ", null, null, " \n ", List.of(), Expansion.EXPANDED, null);
        NodeView v = view(n, null);
        assertEquals("?", v.label());
        assertNull(v.strategy(), "a blank strategy is not drawn");
        assertNull(v.severity());
        assertNull(v.href());
        assertEquals(KindStyle.UNRESOLVED, v.style());
        assertEquals(v.row().x() + v.boxWidth(), v.right());
    }

    @Test
    void longLabelsAreCutButTheTooltipKeepsThem() {
        String name = "A".repeat(100);
        NodeView v = view(new SupervisionNode(Kind.WORKER, name, name, null, null, List.of(), Expansion.EXPANDED, null), Map.of());
        assertEquals(NodeView.MAX_LABEL, TextMetrics.length(v.label()));
        assertTrue(v.tooltip().startsWith(name + "\n"));
    }
}
