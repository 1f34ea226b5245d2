package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A node of a supervision tree as linked across files. Trees may be thousands of levels deep, so
 * {@code equals}, {@code hashCode} and {@code toString} do not recurse (the record's own would overflow
 * the stack), and every walk over them uses an explicit stack.
 *
 * @param kind      what the node is
 * @param label     what to draw ({@code MyApp.Worker}, {@code Registry MyApp.Registry}, or the unresolved text)
 * @param module    the module when known
 * @param spec      the child spec that adds it (null for roots and dynamic children)
 * @param strategy  the supervisor's strategy when known
 * @param children  its children (static, then dynamic ones found through start_child); none unless
 *                  {@code expansion} is {@link Expansion#EXPANDED}
 * @param expansion whether its children are drawn here, and why not
 */
public record SupervisionNode(Kind kind, String label, String module, ChildSpec spec, String strategy,
                              List<SupervisionNode> children, Expansion expansion, Location location) {
    /** Nodes per tree: beyond it {@link SupervisionTrees} leaves nodes unexpanded, marked {@link Expansion#CUT}. */
    public static final int MAX_TREE_NODES = 10_000;
    /** What a tree's picture says below its nodes when some are {@link Expansion#CUT}. */
    public static final String CUT_NOTE = "\u2026 more than " + MAX_TREE_NODES
            + " nodes: the nodes marked cut are not expanded";

    public SupervisionNode {
        children = List.copyOf(children);
        expansion = expansion == null ? Expansion.EXPANDED : expansion;
    }

    public enum Kind {
        APPLICATION, SUPERVISOR, DYNAMIC_SUPERVISOR, PARTITION_SUPERVISOR, TASK_SUPERVISOR, REGISTRY, WORKER,
        /** Started at runtime under its parent through {@code DynamicSupervisor.start_child}. */
        DYNAMIC_CHILD,
        UNRESOLVED
    }

    /** Why a node's children are, or are not, drawn under it. */
    public enum Expansion {
        /** Its children are its children (a leaf has none). */
        EXPANDED,
        /** The module already appears above it on its path: expanding it would never end. */
        CYCLE,
        /** Expanded where it first appears (in this tree or an earlier one); here only a reference to that. */
        SHARED,
        /** Not expanded: its tree reached {@link #MAX_TREE_NODES} nodes. */
        CUT
    }

    /** Its module appears above it: not expanded again. */
    public boolean cycle() {
        return expansion == Expansion.CYCLE;
    }

    /** Calls {@code action} on this node and every node below it, in drawing order (an explicit stack). */
    public void forEach(Consumer<SupervisionNode> action) {
        Deque<SupervisionNode> todo = new ArrayDeque<>();
        todo.push(this);
        while (!todo.isEmpty()) {
            SupervisionNode n = todo.pop();
            action.accept(n);
            for (int i = n.children.size() - 1; i >= 0; i--) {
                todo.push(n.children.get(i));
            }
        }
    }

    /** How many nodes the tree under this one has, itself included. */
    public int size() {
        int[] n = {0};
        forEach(node -> n[0]++);
        return n[0];
    }

    /** All modules in this subtree, in drawing order. */
    public List<String> modules() {
        List<String> out = new ArrayList<>();
        forEach(node -> {
            if (node.module != null) {
                out.add(node.module);
            }
        });
        return out;
    }

    /** An indented text picture, one node a line (see {@link TreeText}). */
    public String draw() {
        return TreeText.draw(this);
    }

    /** Structural equality, compared with an explicit stack. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SupervisionNode other)) {
            return false;
        }
        Deque<SupervisionNode[]> todo = new ArrayDeque<>();
        todo.push(new SupervisionNode[] {this, other});
        while (!todo.isEmpty()) {
            SupervisionNode[] pair = todo.pop();
            SupervisionNode a = pair[0];
            SupervisionNode b = pair[1];
            if (a == b) {
                continue;
            }
            if (!a.sameNode(b) || a.children.size() != b.children.size()) {
                return false;
            }
            for (int i = 0; i < a.children.size(); i++) {
                todo.push(new SupervisionNode[] {a.children.get(i), b.children.get(i)});
            }
        }
        return true;
    }

    private boolean sameNode(SupervisionNode o) {
        return kind == o.kind && expansion == o.expansion && Objects.equals(label, o.label)
                && Objects.equals(module, o.module) && Objects.equals(spec, o.spec)
                && Objects.equals(strategy, o.strategy) && Objects.equals(location, o.location);
    }

    /** From this node and its number of children only: equal trees still hash alike. */
    @Override
    public int hashCode() {
        return Objects.hash(kind, label, module, strategy, expansion, location, children.size());
    }

    @Override
    public String toString() {
        return "SupervisionNode[" + kind + " " + label + ", " + expansion + ", " + children.size() + " children]";
    }
}
