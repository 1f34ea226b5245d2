package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ChildrenList;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the supervision trees of a project per application: the children lists of Application
 * modules are the roots, supervisor children expand across files, dynamic children hang under the
 * DynamicSupervisor that starts them, and cycles are cut. Supervisors no tree reaches get roots of
 * their own.
 */
final class SupervisionTrees {
    private final List<FileFacts> files;
    private final Map<String, ModuleFacts> modules;
    private final Map<String, ProcessModule> processes;
    private final Map<String, List<SupervisionNode>> trees = new TreeMap<>();

    SupervisionTrees(List<FileFacts> files, Map<String, ModuleFacts> modules, Map<String, ProcessModule> processes) {
        this.files = files;
        this.modules = modules;
        this.processes = processes;
    }

    /** The trees per application ({@code ""} when a file has none); roots first from Application modules. */
    Map<String, List<SupervisionNode>> build() {
        Map<String, List<ChildrenList>> byModule = new HashMap<>();
        List<ChildrenList> appRoots = new ArrayList<>();
        Map<ChildrenList, String> appOf = new HashMap<>();
        for (FileFacts f : files) {
            if (f.test()) {
                continue;
            }
            for (ChildrenList l : f.childrenLists()) {
                appOf.put(l, f.app() == null ? "" : f.app());
                if (l.source() == ChildrenList.Source.APPLICATION_START) {
                    appRoots.add(l);
                } else if (l.module() != null) {
                    byModule.computeIfAbsent(l.module(), k -> new ArrayList<>()).add(l);
                }
            }
        }
        List<StartSite> starts = files.stream().filter(f -> !f.test()).flatMap(f -> f.startSites().stream())
                .filter(s -> s.kind() == StartSite.Kind.DYNAMIC_START_CHILD).toList();
        Set<String> reached = new HashSet<>();
        for (ChildrenList root : appRoots) {
            Set<String> path = new LinkedHashSet<>();
            path.add(root.module());
            reached.add(root.module());
            List<SupervisionNode> kids = children(root, byModule, starts, path, reached);
            trees.computeIfAbsent(appOf.get(root), k -> new ArrayList<>()).add(new SupervisionNode(
                    SupervisionNode.Kind.APPLICATION, root.module(), root.module(), null, root.strategy(), kids, false,
                    root.location()));
        }
        // Supervisors no tree reaches: their own roots (those nobody lists first, then cycles).
        List<String> candidates = new ArrayList<>(new java.util.TreeSet<>(byModule.keySet()));
        candidates.sort(java.util.Comparator.comparing((String mod) -> processes.containsKey(mod)
                && !processes.get(mod).supervisedBy().isEmpty()));
        for (String mod : candidates) {
            ModuleFacts m = modules.get(mod);
            if (reached.contains(mod) || m == null || !m.abstraction().isSupervisor()) {
                continue;
            }
            Set<String> path = new LinkedHashSet<>();
            path.add(mod);
            reached.add(mod);
            List<ChildrenList> lists = byModule.get(mod);
            ChildrenList first = lists.get(0);
            SupervisionNode n = new SupervisionNode(kindOf(mod, m), mod, mod, null, first.strategy(),
                    childrenOf(mod, byModule, starts, path, reached), false, first.location());
            trees.computeIfAbsent(appOf.get(first), k -> new ArrayList<>()).add(n);
        }
        return trees;
    }

    private List<SupervisionNode> children(ChildrenList list, Map<String, List<ChildrenList>> byModule,
                                           List<StartSite> starts, Set<String> path, Set<String> reached) {
        List<SupervisionNode> out = new ArrayList<>();
        for (ChildSpec c : list.children()) {
            out.add(node(c, byModule, starts, path, reached));
        }
        return out;
    }

    private SupervisionNode node(ChildSpec c, Map<String, List<ChildrenList>> byModule, List<StartSite> starts,
                                 Set<String> path, Set<String> reached) {
        if (!c.resolved()) {
            return new SupervisionNode(SupervisionNode.Kind.UNRESOLVED, c.text(), null, c, null, List.of(), false,
                    c.location());
        }
        String mod = c.module();
        ModuleFacts m = modules.get(mod);
        SupervisionNode.Kind kind = kindOf(mod, m);
        String label = c.name() != null && !mod.equals(c.name().module()) ? mod + " " + c.name().text() : mod;
        if (c.partitionChild() != null) {
            label = label + " of " + c.partitionChild();
        }
        if (path.contains(mod)) {
            return new SupervisionNode(kind, label, mod, c, null, List.of(), true, c.location());
        }
        reached.add(mod);
        path.add(mod);
        List<SupervisionNode> kids = new ArrayList<>(childrenOf(mod, byModule, starts, path, reached));
        // Dynamic children started under this supervisor's name.
        if (kind == SupervisionNode.Kind.DYNAMIC_SUPERVISOR || kind == SupervisionNode.Kind.PARTITION_SUPERVISOR) {
            Set<String> seen = new HashSet<>();
            for (StartSite s : starts) {
                if (s.startedModule() != null && targets(s.supervisor(), c, mod) && seen.add(s.startedModule())) {
                    kids.add(new SupervisionNode(SupervisionNode.Kind.DYNAMIC_CHILD, s.startedModule(),
                            s.startedModule(), s.child(), null, List.of(), false, s.location()));
                }
            }
        }
        path.remove(mod);
        String strategy = c.strategy();
        if (strategy == null && byModule.containsKey(mod)) {
            strategy = byModule.get(mod).get(0).strategy();
        }
        return new SupervisionNode(kind, label, mod, c, strategy, kids, false, c.location());
    }

    private List<SupervisionNode> childrenOf(String mod, Map<String, List<ChildrenList>> byModule,
                                             List<StartSite> starts, Set<String> path, Set<String> reached) {
        List<SupervisionNode> out = new ArrayList<>();
        for (ChildrenList l : byModule.getOrDefault(mod, List.of())) {
            out.addAll(children(l, byModule, starts, path, reached));
        }
        return out;
    }

    /** Whether a start_child's supervisor argument names this child. */
    private static boolean targets(Target t, ChildSpec c, String mod) {
        if (t == null) {
            return false;
        }
        String name = c.name() == null ? null : c.name().module() != null ? c.name().module() : c.name().text();
        if (t.kind() == Target.Kind.MODULE) {
            return t.module().equals(name) || (name == null && t.module().equals(mod));
        }
        if (t.kind() == Target.Kind.VIA) {
            return t.module() != null && t.module().equals(name);
        }
        return name != null && t.text().equals(c.name().text());
    }

    private SupervisionNode.Kind kindOf(String mod, ModuleFacts m) {
        switch (mod) {
            case "DynamicSupervisor":
                return SupervisionNode.Kind.DYNAMIC_SUPERVISOR;
            case "PartitionSupervisor":
                return SupervisionNode.Kind.PARTITION_SUPERVISOR;
            case "Task.Supervisor":
                return SupervisionNode.Kind.TASK_SUPERVISOR;
            case "Registry":
                return SupervisionNode.Kind.REGISTRY;
            case "Supervisor":
                return SupervisionNode.Kind.SUPERVISOR;
            default:
                break;
        }
        if (m != null && m.abstraction() == Abstraction.DYNAMIC_SUPERVISOR) {
            return SupervisionNode.Kind.DYNAMIC_SUPERVISOR;
        }
        if (m != null && m.abstraction() == Abstraction.SUPERVISOR) {
            return SupervisionNode.Kind.SUPERVISOR;
        }
        return SupervisionNode.Kind.WORKER;
    }
}
