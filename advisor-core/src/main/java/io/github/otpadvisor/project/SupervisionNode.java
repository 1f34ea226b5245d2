package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.Location;
import java.util.List;

/**
 * A node of a supervision tree as linked across files.
 *
 * @param kind     what the node is
 * @param label    what to draw ({@code MyApp.Worker}, {@code Registry MyApp.Registry}, or the unresolved text)
 * @param module   the module when known
 * @param spec     the child spec that adds it (null for roots and dynamic children)
 * @param strategy the supervisor's strategy when known
 * @param children its children (static, then dynamic ones found through start_child)
 * @param cycle    the module already appears above it: not expanded again
 */
public record SupervisionNode(Kind kind, String label, String module, ChildSpec spec, String strategy,
                              List<SupervisionNode> children, boolean cycle, Location location) {
    public SupervisionNode {
        children = List.copyOf(children);
    }

    public enum Kind {
        APPLICATION, SUPERVISOR, DYNAMIC_SUPERVISOR, PARTITION_SUPERVISOR, TASK_SUPERVISOR, REGISTRY, WORKER,
        /** Started at runtime under its parent through {@code DynamicSupervisor.start_child}. */
        DYNAMIC_CHILD,
        UNRESOLVED
    }

    /** All modules in this subtree. */
    public List<String> modules() {
        List<String> out = new java.util.ArrayList<>();
        java.util.Deque<SupervisionNode> todo = new java.util.ArrayDeque<>();
        todo.push(this);
        while (!todo.isEmpty()) {
            SupervisionNode n = todo.pop();
            if (n.module != null) {
                out.add(n.module);
            }
            n.children.forEach(todo::push);
        }
        return out;
    }

    /** An indented text picture, one node a line. */
    public String draw() {
        StringBuilder sb = new StringBuilder();
        draw(sb, "", true, true);
        return sb.toString();
    }

    private void draw(StringBuilder sb, String indent, boolean last, boolean root) {
        sb.append(indent).append(root ? "" : last ? "└─ " : "├─ ").append(label);
        if (strategy != null) {
            sb.append(" (").append(strategy).append(')');
        }
        if (kind == Kind.DYNAMIC_CHILD) {
            sb.append(" [dynamic]");
        }
        if (cycle) {
            sb.append(" [cycle]");
        }
        sb.append('\n');
        String next = root ? "" : indent + (last ? "   " : "│  ");
        for (int i = 0; i < children.size(); i++) {
            children.get(i).draw(sb, next, i == children.size() - 1, false);
        }
    }
}
