package io.github.otpadvisor.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.project.SupervisionNode.Expansion;
import io.github.otpadvisor.project.SupervisionNode.Kind;
import io.github.otpadvisor.project.SupervisionNode;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows in pre-order with their parents, the last child of each, depth, and the row guard. */
class TreeLayoutTest {
    private static SupervisionNode n(String name, SupervisionNode... children) {
        return new SupervisionNode(Kind.WORKER, name, name, null, null, List.of(children), Expansion.EXPANDED, null);
    }

    @Test
    void preOrderWithParentsAndLastChildren() {
        TreeLayout l = TreeLayout.of(n("root", n("a", n("a1"), n("a2")), n("b")));
        assertEquals(List.of("root", "a", "a1", "a2", "b"), l.rows().stream().map(r -> r.node().label()).toList());
        assertEquals(List.of(-1, 0, 1, 1, 0), l.rows().stream().map(TreeLayout.Row::parent).toList());
        assertEquals(4, l.lastChild(0));
        assertEquals(3, l.lastChild(1));
        assertEquals(-1, l.lastChild(2));
        assertEquals(2, l.maxDepth());
        assertFalse(l.truncated());
        assertEquals(Geometry.PAD + 2 * Geometry.INDENT, l.rows().get(2).x());
    }

    @Test
    void deepChainsNeedNoRecursion() {
        SupervisionNode chain = n("leaf");
        for (int i = 0; i < 20_000; i++) {
            chain = n("s" + i, chain);
        }
        TreeLayout l = TreeLayout.of(chain);
        assertEquals(20_001, l.rows().size());
        assertEquals(20_000, l.maxDepth());
    }

    @Test
    void rowsBeyondTheGuardAreLeftOut() {
        SupervisionNode[] kids = Collections.nCopies(TreeLayout.MAX_ROWS + 5, n("w")).toArray(SupervisionNode[]::new);
        TreeLayout l = TreeLayout.of(n("root", kids));
        assertEquals(TreeLayout.MAX_ROWS, l.rows().size());
        assertTrue(l.truncated());
        assertEquals(TreeLayout.MAX_ROWS - 1, l.lastChild(0));
    }
}
