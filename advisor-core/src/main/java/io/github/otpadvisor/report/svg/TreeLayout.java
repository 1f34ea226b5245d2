package io.github.otpadvisor.report.svg;

import static io.github.otpadvisor.report.svg.Geometry.INDENT;
import static io.github.otpadvisor.report.svg.Geometry.PAD;

import io.github.otpadvisor.project.SupervisionNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The rows of an indented tree in drawing order: pre-order, so children come below their parent. Found with
 * an explicit stack, so a deep tree cannot overflow the call stack.
 */
final class TreeLayout {
    /** A guard against absurd inputs (a DAG shared many times over): rows beyond it are summarised. */
    static final int MAX_ROWS = 50_000;

    /** One node with its depth and the row of its parent (-1 for the root). */
    record Row(SupervisionNode node, int depth, int parent) {
        /** Where the node's box starts. */
        int x() {
            return PAD + depth * INDENT;
        }

        /** Where the connector down to this node's children runs. */
        int elbowX() {
            return x() + INDENT / 2;
        }
    }

    private final List<Row> rows;
    private final int[] lastChild;
    private final int maxDepth;
    private final boolean truncated;
    private final boolean cut;

    private TreeLayout(List<Row> rows, int maxDepth, boolean truncated, boolean cut) {
        this.rows = List.copyOf(rows);
        this.maxDepth = maxDepth;
        this.truncated = truncated;
        this.cut = cut;
        this.lastChild = new int[rows.size()];
        Arrays.fill(lastChild, -1);
        for (int i = 0; i < rows.size(); i++) {
            int p = rows.get(i).parent();
            if (p >= 0) {
                lastChild[p] = i; // pre-order: the last assignment is the last child
            }
        }
    }

    static TreeLayout of(SupervisionNode root) {
        List<Row> rows = new ArrayList<>();
        int maxDepth = 0;
        boolean truncated = false;
        boolean cut = false;
        Deque<Row> todo = new ArrayDeque<>();
        todo.push(new Row(root, 0, -1));
        while (!todo.isEmpty()) {
            if (rows.size() == MAX_ROWS) {
                truncated = true;
                break;
            }
            Row r = todo.pop();
            rows.add(r);
            maxDepth = Math.max(maxDepth, r.depth());
            cut |= r.node().expansion() == SupervisionNode.Expansion.CUT;
            int index = rows.size() - 1;
            List<SupervisionNode> children = r.node().children();
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(new Row(children.get(i), r.depth() + 1, index)); // reversed: popped in order
            }
        }
        return new TreeLayout(rows, maxDepth, truncated, cut);
    }

    List<Row> rows() {
        return rows;
    }

    /** The row of the last child of row {@code i}, or -1 when it has none. */
    int lastChild(int i) {
        return lastChild[i];
    }

    int maxDepth() {
        return maxDepth;
    }

    /** Whether nodes beyond {@link #MAX_ROWS} were left out. */
    boolean truncated() {
        return truncated;
    }

    /** The lines drawn below the rows: what was left out, and why. */
    List<String> notes() {
        List<String> notes = new ArrayList<>(2);
        if (cut) {
            notes.add(SupervisionNode.CUT_NOTE);
        }
        if (truncated) {
            notes.add("\u2026 more than " + MAX_ROWS + " nodes: the rest is not drawn");
        }
        return notes;
    }
}
