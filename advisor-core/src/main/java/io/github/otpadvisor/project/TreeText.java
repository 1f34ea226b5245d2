package io.github.otpadvisor.project;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A supervision tree as indented text, one node a line, drawn with an explicit stack. Indentation shows
 * at most {@link #MAX_INDENT} levels (deeper lines start with {@code "… "}): it would otherwise grow with
 * the square of the depth.
 */
final class TreeText {
    static final int MAX_INDENT = 32;

    private record Line(SupervisionNode node, int depth, boolean last) {
    }

    private TreeText() {
    }

    static String draw(SupervisionNode root) {
        StringBuilder sb = new StringBuilder();
        List<Boolean> lastAt = new ArrayList<>(); // lastAt.get(d): whether the open node at depth d is a last child
        boolean cut = false;
        Deque<Line> todo = new ArrayDeque<>();
        todo.push(new Line(root, 0, true));
        while (!todo.isEmpty()) {
            Line line = todo.pop();
            int d = line.depth();
            lastAt.subList(Math.min(d, lastAt.size()), lastAt.size()).clear();
            lastAt.add(line.last());
            indent(sb, lastAt, d);
            label(sb, line.node());
            cut |= line.node().expansion() == SupervisionNode.Expansion.CUT;
            List<SupervisionNode> kids = line.node().children();
            for (int i = kids.size() - 1; i >= 0; i--) {
                todo.push(new Line(kids.get(i), d + 1, i == kids.size() - 1));
            }
        }
        if (cut) {
            sb.append(SupervisionNode.CUT_NOTE).append('\n');
        }
        return sb.toString();
    }

    /** The bars of the ancestors below the root (the root's children start at the margin), then the connector. */
    private static void indent(StringBuilder sb, List<Boolean> lastAt, int depth) {
        if (depth == 0) {
            return;
        }
        int from = Math.max(1, depth - MAX_INDENT);
        if (from > 1) {
            sb.append("… ");
        }
        for (int k = from; k < depth; k++) {
            sb.append(lastAt.get(k) ? "   " : "│  ");
        }
        sb.append(lastAt.get(depth) ? "└─ " : "├─ ");
    }

    private static void label(StringBuilder sb, SupervisionNode n) {
        sb.append(n.label());
        if (n.strategy() != null) {
            sb.append(" (").append(n.strategy()).append(')');
        }
        if (n.kind() == SupervisionNode.Kind.DYNAMIC_CHILD) {
            sb.append(" [dynamic]");
        }
        if (n.kind() == SupervisionNode.Kind.UNRESOLVED) {
            sb.append(" [unresolved]");
        }
        switch (n.expansion()) {
            case CYCLE -> sb.append(" [cycle]");
            case SHARED -> sb.append(" [shared]");
            case CUT -> sb.append(" [cut]");
            default -> {
            }
        }
        sb.append('\n');
    }
}
