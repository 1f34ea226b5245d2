package io.github.otpadvisor.project;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds where a module sits in the supervision trees. A module under a shared subtree sits on many
 * more paths than are drawn (2^n for n levels that each list the next supervisor twice), so paths are
 * counted in the drawing: one per node of the module (roots excepted), and one per {@link
 * SupervisionNode.Expansion#SHARED} reference whose subtree, expanded elsewhere, holds the module. Every
 * real path is a chain of those: to a reference, then on from where that reference is expanded. Their
 * number is bounded by the nodes drawn; a search climbs each node at most once, and only where a shared
 * subtree is expanded above it.
 */
public final class TreePaths {
    private final Map<SupervisionNode, SupervisionNode> parent = new IdentityHashMap<>();
    private final Map<SupervisionNode, SupervisionNode> rootOf = new IdentityHashMap<>();
    private final Map<SupervisionNode, Integer> order = new IdentityHashMap<>();
    private final Map<SupervisionNode, Integer> depth = new IdentityHashMap<>();
    /** Nodes with the expansion of a shared subtree at or above them: only these lead to references. */
    private final Set<SupervisionNode> underShared = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<SupervisionNode, List<SupervisionNode>> referencesTo = new IdentityHashMap<>();
    private final Map<String, List<SupervisionNode>> nodesOf = new HashMap<>();
    private final Map<SupervisionNode, String> rootApp = new IdentityHashMap<>();
    private final Map<String, Set<String>> definedIn;

    /**
     * One path, its middle left out when it is deep.
     *
     * @param nodes   the root, then the last nodes down to the module's node or a shared reference leading to it
     * @param skipped how many levels are left out after the root
     */
    public record Path(List<SupervisionNode> nodes, int skipped) {
        public Path {
            nodes = List.copyOf(nodes);
        }
    }

    /**
     * A bounded answer.
     *
     * @param paths in drawing order, at most the number asked for
     * @param total how many there are in all
     */
    public record Found(List<Path> paths, int total) {
        public Found {
            paths = List.copyOf(paths);
        }
    }

    TreePaths(Map<String, List<SupervisionNode>> trees, Map<SupervisionNode, SupervisionNode> sharedWith) {
        this(trees, sharedWith, Map.of());
    }

    /**
     * {@code definedIn}: the module names several applications of the project define (gristle's three Mix projects
     * each have a Comms.Operator), with those applications: a path to such a name is only its own application's.
     */
    TreePaths(Map<String, List<SupervisionNode>> trees, Map<SupervisionNode, SupervisionNode> sharedWith,
              Map<String, Set<String>> definedIn) {
        this.definedIn = Map.copyOf(definedIn);
        sharedWith.forEach((ref, target) -> referencesTo.computeIfAbsent(target, k -> new ArrayList<>()).add(ref));
        Deque<SupervisionNode> todo = new ArrayDeque<>();
        trees.forEach((app, roots) -> roots.forEach(r -> {
            todo.addLast(r);
            rootOf.put(r, r);
            rootApp.put(r, app);
            depth.put(r, 0);
        }));
        while (!todo.isEmpty()) { // pre-order, so a parent's facts are known before its children's
            SupervisionNode n = todo.pollFirst();
            order.put(n, order.size());
            SupervisionNode up = parent.get(n);
            if (referencesTo.containsKey(n) || up != null && underShared.contains(up)) {
                underShared.add(n);
            }
            if (n.module() != null && up != null) {
                nodesOf.computeIfAbsent(n.module(), k -> new ArrayList<>()).add(n);
            }
            List<SupervisionNode> kids = n.children();
            for (int i = kids.size() - 1; i >= 0; i--) {
                SupervisionNode kid = kids.get(i);
                parent.put(kid, n);
                rootOf.put(kid, rootOf.get(n));
                depth.put(kid, depth.get(n) + 1);
                todo.addFirst(kid);
            }
        }
    }

    /** The paths to the module, at most {@code max} of them, each with at most {@code maxNodes} nodes. */
    public Found to(String module, int max, int maxNodes) {
        return to(module, null, max, maxNodes);
    }

    /** Whether several applications of the project define {@code module} (each Mix project its own). */
    public boolean definedInSeveralApps(String module) {
        return definedIn.containsKey(module);
    }

    /**
     * The same for the definition in application {@code app}: when several applications define the name, only
     * the trees of that application lead to it.
     */
    public Found to(String module, String app, int max, int maxNodes) {
        Set<String> apps = definedIn.get(module);
        String own = app == null ? "" : app;
        List<SupervisionNode> ends = new ArrayList<>(nodesOf.getOrDefault(module, List.of()));
        if (apps != null && apps.contains(own)) {
            ends.removeIf(e -> !own.equals(rootApp.get(rootOf.get(e))));
        }
        Set<SupervisionNode> isEnd = Collections.newSetFromMap(new IdentityHashMap<>());
        isEnd.addAll(ends);
        Set<SupervisionNode> climbed = Collections.newSetFromMap(new IdentityHashMap<>());
        // Up from every end: a reference to any node above it leads to the module too, and is an end itself.
        for (int i = 0; i < ends.size(); i++) {
            for (SupervisionNode a = ends.get(i); a != null && underShared.contains(a) && climbed.add(a);
                 a = parent.get(a)) {
                for (SupervisionNode ref : referencesTo.getOrDefault(a, List.of())) {
                    if (isEnd.add(ref)) {
                        ends.add(ref);
                    }
                }
            }
        }
        ends.sort((x, y) -> Integer.compare(order.get(x), order.get(y)));
        List<Path> paths = new ArrayList<>();
        for (SupervisionNode end : ends.subList(0, Math.min(max, ends.size()))) {
            paths.add(path(end, Math.max(2, maxNodes)));
        }
        return new Found(paths, ends.size());
    }

    private Path path(SupervisionNode end, int maxNodes) {
        int skipped = Math.max(0, depth.get(end) + 1 - maxNodes);
        List<SupervisionNode> nodes = new ArrayList<>();
        for (SupervisionNode a = end; a != null && nodes.size() < maxNodes - 1; a = parent.get(a)) {
            nodes.add(a);
        }
        SupervisionNode root = rootOf.get(end);
        if (nodes.get(nodes.size() - 1) != root) {
            nodes.add(root);
        }
        Collections.reverse(nodes);
        return new Path(nodes, skipped);
    }
}
