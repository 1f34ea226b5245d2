package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ChildrenList;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.Target;
import io.github.otpadvisor.project.SupervisionNode.Expansion;
import io.github.otpadvisor.project.SupervisionNode.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the supervision trees of a project per application: the children lists of Application
 * modules are the roots, supervisor children expand across files, dynamic children hang under the
 * DynamicSupervisor that starts them. Supervisors no tree reaches get roots of their own.
 *
 * <p>Valid code may nest supervisors thousands deep or list one supervisor many times over, so the
 * expansion is iterative (an explicit stack), a supervisor is expanded once in the whole project (met
 * again, it is a {@link Expansion#SHARED} reference: a DAG of shared children would otherwise grow
 * exponentially), a module met again on its own path is a {@link Expansion#CYCLE}, and a tree stops
 * expanding at {@link SupervisionNode#MAX_TREE_NODES} nodes ({@link Expansion#CUT}). The nodes are therefore at most the
 * children listed in the sources, plus the dynamic children, plus the roots.
 */
final class SupervisionTrees {
    private final List<FileFacts> files;
    private final Map<String, ModuleFacts> modules;
    private final Map<String, ProcessModule> processes;
    private final Map<String, List<ChildrenList>> byModule = new HashMap<>();
    private final List<StartSite> starts;
    private final Set<String> reached = new HashSet<>();
    /** Expansion key -> the node where it is expanded, project-wide. */
    private final Map<String, Draft> expanded = new HashMap<>();
    private final Map<Draft, Draft> sharedDrafts = new IdentityHashMap<>();
    private final Map<SupervisionNode, SupervisionNode> sharedWith = new IdentityHashMap<>();

    /** A node while its tree grows: mutable, made a {@link SupervisionNode} once its subtree is final. */
    private static final class Draft {
        final Kind kind;
        final String label;
        final String module;
        final ChildSpec spec;
        final Location location;
        String strategy;
        /** The registered name of an application's root supervisor ({@code name:} of its start_link), or null. */
        String rootName;
        Expansion expansion = Expansion.EXPANDED;
        List<Draft> children = List.of();
        SupervisionNode node;

        Draft(Kind kind, String label, String module, ChildSpec spec, String strategy, Location location) {
            this.kind = kind;
            this.label = label;
            this.module = module;
            this.spec = spec;
            this.strategy = strategy;
            this.location = location;
        }
    }

    /** One step of the walk: enter a node, or leave it (its module leaves the path). */
    private record Step(Draft draft, boolean exit) {
    }

    SupervisionTrees(List<FileFacts> files, Map<String, ModuleFacts> modules, Map<String, ProcessModule> processes) {
        this(files, modules, processes, Set.of());
    }

    /** {@code dead}: start_child calls under a supervisor nothing starts, which put no child in a tree. */
    SupervisionTrees(List<FileFacts> files, Map<String, ModuleFacts> modules, Map<String, ProcessModule> processes,
                     Set<io.github.otpadvisor.facts.Location> dead) {
        this.files = files;
        this.modules = modules;
        this.processes = processes;
        this.starts = files.stream().filter(f -> !f.test()).flatMap(f -> f.startSites().stream())
                .filter(s -> s.kind() == StartSite.Kind.DYNAMIC_START_CHILD && !dead.contains(s.location())).toList();
    }

    /** The trees per application ({@code ""} when a file has none); roots first from Application modules. */
    Map<String, List<SupervisionNode>> build() {
        Map<String, List<SupervisionNode>> trees = new TreeMap<>();
        List<ChildrenList> appRoots = new ArrayList<>();
        Map<ChildrenList, String> appOf = new java.util.IdentityHashMap<>(); // a list is a deep record: hashing it costs
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
        for (ChildrenList root : appRoots) {
            Draft d = new Draft(Kind.APPLICATION, root.module(), root.module(), null, root.strategy(),
                    root.location());
            reached.add(root.module());
            d.rootName = root.supervisorName() == null ? null : root.supervisorName().module() != null
                    ? root.supervisorName().module() : root.supervisorName().text();
            List<Draft> kids = drafts(List.of(root));
            kids.addAll(dynamicUnder(d));
            trees.computeIfAbsent(appOf.get(root), k -> new ArrayList<>()).add(grow(d, kids));
        }
        // Supervisors no tree reaches: their own roots (those nobody lists first, then cycles).
        List<String> candidates = new ArrayList<>(new TreeSet<>(byModule.keySet()));
        candidates.sort(Comparator.comparing((String mod) -> processes.containsKey(mod)
                && !processes.get(mod).supervisedBy().isEmpty()));
        for (String mod : candidates) {
            ModuleFacts m = modules.get(mod);
            if (reached.contains(mod) || m == null || !m.abstraction().isSupervisor()) {
                continue;
            }
            reached.add(mod);
            ChildrenList first = byModule.get(mod).get(0);
            Draft d = new Draft(kindOf(mod, m), mod, mod, null, first.strategy(), first.location());
            expanded.put(mod, d);
            trees.computeIfAbsent(appOf.get(first), k -> new ArrayList<>()).add(grow(d, childrenOf(d)));
        }
        sharedDrafts.forEach((ref, target) -> sharedWith.put(ref.node, target.node));
        return trees;
    }

    /** Each {@link Expansion#SHARED} reference -> the node where its subtree is expanded (built by {@link #build}). */
    Map<SupervisionNode, SupervisionNode> sharedWith() {
        return sharedWith;
    }

    /** Expands the tree under {@code root} depth first, then freezes it. */
    private SupervisionNode grow(Draft root, List<Draft> rootChildren) {
        List<Draft> made = new ArrayList<>(); // creation order: every parent before its children
        made.add(root);
        Set<String> path = new HashSet<>();
        Deque<Step> todo = new ArrayDeque<>();
        boolean cut = rootChildren.size() + 1 > SupervisionNode.MAX_TREE_NODES;
        if (cut) {
            root.expansion = Expansion.CUT;
        } else {
            open(root, rootChildren, made, path, todo);
        }
        while (!todo.isEmpty()) {
            Step step = todo.pop();
            Draft d = step.draft();
            if (step.exit()) {
                path.remove(d.module);
                continue;
            }
            if (d.module == null || d.kind == Kind.DYNAMIC_CHILD) {
                continue;
            }
            if (path.contains(d.module)) {
                d.expansion = Expansion.CYCLE;
                d.strategy = null;
                continue;
            }
            List<Draft> kids = childrenOf(d);
            if (kids.isEmpty()) {
                continue; // a leaf is drawn wherever it is listed: nothing to share
            }
            String key = key(d);
            Draft first = expanded.get(key);
            if (first != null) {
                d.expansion = Expansion.SHARED;
                sharedDrafts.put(d, first);
            } else if (cut || made.size() + kids.size() > SupervisionNode.MAX_TREE_NODES) {
                d.expansion = Expansion.CUT;
                cut = true;
            } else {
                expanded.put(key, d);
                open(d, kids, made, path, todo);
            }
        }
        for (int i = made.size() - 1; i >= 0; i--) {
            Draft d = made.get(i);
            d.node = new SupervisionNode(d.kind, d.label, d.module, d.spec, d.strategy,
                    d.children.stream().map(c -> c.node).toList(), d.expansion, d.location);
        }
        return root.node;
    }

    private static void open(Draft d, List<Draft> kids, List<Draft> made, Set<String> path, Deque<Step> todo) {
        d.children = kids;
        made.addAll(kids);
        if (d.module != null) {
            path.add(d.module);
        }
        todo.push(new Step(d, true));
        for (int i = kids.size() - 1; i >= 0; i--) {
            todo.push(new Step(kids.get(i), false));
        }
    }

    /**
     * What a node's expansion depends on: its module, and for dynamic and partition supervisors also
     * the name start_child reaches it by (two named DynamicSupervisors start different children).
     */
    private static String key(Draft d) {
        if (d.spec != null && d.spec.pool()) {
            return d.module + '\u0000' + d.spec.partitionChild() + '\u0000' + d.spec.arg();
        }
        if (d.kind != Kind.DYNAMIC_SUPERVISOR && d.kind != Kind.PARTITION_SUPERVISOR || d.spec == null) {
            return d.module;
        }
        String name = nameOf(d.spec);
        return name == null ? d.module : d.module + '\u0000' + name;
    }

    /** The children of a listed node: its module's children lists, then the dynamic children started under it. */
    private List<Draft> childrenOf(Draft d) {
        List<Draft> out = drafts(byModule.getOrDefault(d.module, List.of()));
        out.addAll(dynamicUnder(d));
        return out;
    }

    /** The children start_child calls add under a node. */
    private List<Draft> dynamicUnder(Draft d) {
        List<Draft> out = new ArrayList<>();
        if (d.spec != null && d.spec.pool()) {
            // the pool starts its workers itself, size: of them, and starts one again when one dies
            reached.add(d.spec.partitionChild());
            out.add(new Draft(Kind.DYNAMIC_CHILD, d.spec.partitionChild(), d.spec.partitionChild(), d.spec, null,
                    d.location));
            return out;
        }
        if (d.kind == Kind.PARTITION_SUPERVISOR && d.spec != null && d.spec.partitionChild() != null
                && modules.get(d.spec.partitionChild()) != null
                && !modules.get(d.spec.partitionChild()).abstraction().isSupervisor()) {
            // {PartitionSupervisor, child_spec: Loader, ..}: it starts its partitions of that module with itself
            // (archethic's UTXO.Loader, 20 partitions routed by address)
            String child = d.spec.partitionChild();
            reached.add(child);
            out.add(new Draft(Kind.WORKER, child, child, d.spec, null, d.location));
            return out;
        }
        boolean dynamic = d.spec != null && (d.kind == Kind.DYNAMIC_SUPERVISOR || d.kind == Kind.PARTITION_SUPERVISOR);
        // Supervisor.start_child(Sup, spec) adds children to a regular supervisor or an application's root.
        boolean regular = d.kind == Kind.SUPERVISOR || d.kind == Kind.APPLICATION && d.rootName != null
                || d.kind == Kind.DYNAMIC_SUPERVISOR && d.spec == null;
        if (dynamic || regular) {
            Set<String> seen = new LinkedHashSet<>();
            for (StartSite s : starts) {
                boolean hit = dynamic ? targets(s.supervisor(), d.spec, d.module) : regularTarget(s.supervisor(), d);
                if (s.startedModule() != null && hit && seen.add(s.startedModule())) {
                    out.add(new Draft(Kind.DYNAMIC_CHILD, s.startedModule(), s.startedModule(), s.child(), null,
                            s.location()));
                }
            }
        }
        return out;
    }

    private List<Draft> drafts(List<ChildrenList> lists) {
        List<Draft> out = new ArrayList<>();
        for (ChildrenList l : lists) {
            for (ChildSpec c : l.children()) {
                if (l.runsOwnFunction(c)) {
                    continue; // no process of the tree
                }
                Draft d = draft(c);
                // A :simple_one_for_one list's one entry is a template: each start_child starts one of it at run
                // time (evercam's Storage.Export.Worker, one per file), never one at boot
                out.add("simple_one_for_one".equals(l.strategy()) && d.module != null && d.kind != Kind.UNRESOLVED
                        ? new Draft(Kind.DYNAMIC_CHILD, d.label, d.module, c, null, c.location()) : d);
            }
        }
        return out;
    }

    private Draft draft(ChildSpec c) {
        if (!c.resolved()) {
            return new Draft(Kind.UNRESOLVED, shorten(c.text()), null, c, null, c.location());
        }
        // logflare's Logflare.Backends: its child_spec/1 is Backends.Supervisor's, so the tree goes on below that one
        String through = ProjectLinker.startedThrough(modules, c.module());
        String mod = through != null ? through : c.module();
        reached.add(mod);
        String label = c.name() != null && !mod.equals(c.name().module()) ? mod + " " + c.name().text() : mod;
        if (c.partitionChild() != null) {
            label = label + " of " + c.partitionChild();
        }
        String strategy = c.strategy();
        if (strategy == null && byModule.containsKey(mod)) {
            strategy = byModule.get(mod).get(0).strategy();
        }
        return new Draft(kindOf(mod, modules.get(mod)), label, mod, c, strategy, c.location());
    }

    /** An unresolved entry's text, one line and short enough to draw. */
    private static String shorten(String text) {
        String oneLine = text == null ? "?" : text.replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 59) + "\u2026";
    }

    /** The name a child spec registers under: the module of a module name, else its text. */
    private static String nameOf(ChildSpec c) {
        return c.name() == null ? null : c.name().module() != null ? c.name().module() : c.name().text();
    }

    /** Whether a start_child's supervisor argument names this child. */
    private static boolean targets(Target t, ChildSpec c, String mod) {
        if (t == null) {
            return false;
        }
        String name = nameOf(c);
        if (t.kind() == Target.Kind.MODULE) {
            return t.module().equals(name) || (name == null && t.module().equals(mod));
        }
        if (t.kind() == Target.Kind.VIA) {
            return t.module() != null && t.module().equals(name);
        }
        return name != null && t.text().equals(c.name().text());
    }

    /** Whether a start_child's supervisor argument names this regular supervisor or application root. */
    private static boolean regularTarget(Target t, Draft d) {
        if (t == null || t.kind() != Target.Kind.MODULE || t.module() == null) {
            return false;
        }
        if (d.kind == Kind.APPLICATION) {
            return t.module().equals(d.rootName);
        }
        return d.spec != null ? targets(t, d.spec, d.module) : t.module().equals(d.module);
    }

    private static Kind kindOf(String mod, ModuleFacts m) {
        switch (mod) {
            case "DynamicSupervisor", "Horde.DynamicSupervisor":
                return Kind.DYNAMIC_SUPERVISOR;
            case "PartitionSupervisor":
                return Kind.PARTITION_SUPERVISOR;
            case "Task.Supervisor":
                return Kind.TASK_SUPERVISOR;
            case "Registry":
                return Kind.REGISTRY;
            case "Supervisor":
                return Kind.SUPERVISOR;
            default:
                break;
        }
        if (m != null && m.abstraction() == Abstraction.DYNAMIC_SUPERVISOR) {
            return Kind.DYNAMIC_SUPERVISOR;
        }
        if (m != null && m.abstraction() == Abstraction.SUPERVISOR) {
            return Kind.SUPERVISOR;
        }
        return Kind.WORKER;
    }
}
