package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ChildrenList;
import io.github.otpadvisor.facts.EtsTable;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.RemoteCall;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pass two: the files' facts linked project-wide. Modules are indexed by name; each process module
 * learns who starts it, which supervisors list it, who calls it; supervision trees are built per
 * application with supervisor children expanded across files (cycles cut).
 */
public final class ProjectFacts {
    private final List<FileFacts> files;
    private final Map<String, ModuleFacts> modules = new LinkedHashMap<>();
    private final Map<String, FileFacts> fileOfModule = new HashMap<>();
    private final Map<String, ProcessModule> processes = new LinkedHashMap<>();
    private final Map<String, List<SupervisionNode>> trees = new TreeMap<>();

    private ProjectFacts(List<FileFacts> files) {
        this.files = List.copyOf(files);
    }

    public static ProjectFacts link(List<FileFacts> files) {
        ProjectFacts p = new ProjectFacts(files);
        p.index();
        p.linkProcesses();
        p.buildTrees();
        return p;
    }

    public List<FileFacts> files() {
        return files;
    }

    /** Every module of the project by full name (the first definition wins when a name repeats). */
    public Map<String, ModuleFacts> modules() {
        return Collections.unmodifiableMap(modules);
    }

    public Optional<ModuleFacts> module(String name) {
        return Optional.ofNullable(modules.get(name));
    }

    public Optional<FileFacts> fileOf(String module) {
        return Optional.ofNullable(fileOfModule.get(module));
    }

    /** The process modules, in file order. */
    public List<ProcessModule> processModules() {
        return List.copyOf(processes.values());
    }

    public Optional<ProcessModule> processModule(String name) {
        return Optional.ofNullable(processes.get(name));
    }

    /** Supervision trees per application ({@code ""} when a file has none); roots first from Application modules. */
    public Map<String, List<SupervisionNode>> trees() {
        return Collections.unmodifiableMap(trees);
    }

    public List<StartSite> startSites() {
        return files.stream().flatMap(f -> f.startSites().stream()).toList();
    }

    public List<MessageSend> sends() {
        return files.stream().flatMap(f -> f.sends().stream()).toList();
    }

    public List<NameRef> names() {
        return files.stream().flatMap(f -> f.names().stream()).toList();
    }

    public List<EtsTable> etsTables() {
        return files.stream().flatMap(f -> f.etsTables().stream()).toList();
    }

    public List<ChildrenList> childrenLists() {
        return files.stream().flatMap(f -> f.childrenLists().stream()).toList();
    }

    private void index() {
        for (FileFacts f : files) {
            for (ModuleFacts m : f.modules()) {
                if (!modules.containsKey(m.name()) || fileOfModule.get(m.name()).test() && !f.test()) {
                    modules.put(m.name(), m);
                    fileOfModule.put(m.name(), f);
                }
            }
        }
    }

    private void linkProcesses() {
        Map<String, List<StartSite>> starts = new HashMap<>();
        Map<String, List<StartSite>> dynamic = new HashMap<>();
        Map<String, List<SupervisedBy>> supervised = new HashMap<>();
        Map<String, List<MessageSend>> sends = new HashMap<>();
        Map<String, List<RemoteCall>> calls = new HashMap<>();
        Map<String, List<NameRef>> names = new HashMap<>();
        Map<String, List<EtsTable>> tables = new HashMap<>();
        Map<String, List<RemoteCall>> requestCallers = new HashMap<>();
        for (FileFacts f : files) {
            for (StartSite s : f.startSites()) {
                if (s.startedModule() == null) {
                    continue;
                }
                (s.kind() == StartSite.Kind.DYNAMIC_START_CHILD ? dynamic : starts)
                        .computeIfAbsent(s.startedModule(), k -> new ArrayList<>()).add(s);
                if (s.name() != null) {
                    names.computeIfAbsent(s.startedModule(), k -> new ArrayList<>()).add(s.name());
                }
                if (s.child() != null && s.child().name() != null) {
                    names.computeIfAbsent(s.startedModule(), k -> new ArrayList<>()).add(s.child().name());
                }
            }
            for (ChildrenList l : f.childrenLists()) {
                for (ChildSpec c : l.children()) {
                    if (c.module() != null) {
                        supervised.computeIfAbsent(c.module(), k -> new ArrayList<>())
                                .add(new SupervisedBy(l, c, f.file(), f.app()));
                        if (c.name() != null) {
                            names.computeIfAbsent(c.module(), k -> new ArrayList<>()).add(c.name());
                        }
                    }
                }
            }
            for (MessageSend s : f.sends()) {
                String target = s.target().kind() == Target.Kind.MODULE ? s.target().module()
                        : s.target().kind() == Target.Kind.SELF ? s.module() : null;
                if (target != null) {
                    sends.computeIfAbsent(target, k -> new ArrayList<>()).add(s);
                }
            }
            for (RemoteCall c : f.remoteCalls()) {
                calls.computeIfAbsent(c.toModule(), k -> new ArrayList<>()).add(c);
                if (c.requestContext() != null) {
                    requestCallers.computeIfAbsent(c.toModule() + "." + c.function() + "/" + c.arity(),
                            k -> new ArrayList<>()).add(c);
                }
            }
            for (EtsTable t : f.etsTables()) {
                if (t.module() != null) {
                    tables.computeIfAbsent(t.module(), k -> new ArrayList<>()).add(t);
                }
            }
        }
        for (Map.Entry<String, ModuleFacts> e : modules.entrySet()) {
            ModuleFacts m = e.getValue();
            if (!m.isProcess()) {
                continue;
            }
            String name = m.name();
            FileFacts f = fileOfModule.get(name);
            List<StartSite> dyn = dynamic.getOrDefault(name, List.of());
            List<Evidence> request = new ArrayList<>();
            for (StartSite s : dyn) {
                if (s.requestContext() != null) {
                    request.add(Evidence.at(s.location(), "DynamicSupervisor.start_child in " + s.module() + "."
                            + s.function() + ", run from " + s.requestContext()));
                } else if (s.function() != null) {
                    for (RemoteCall c : requestCallers.getOrDefault(s.module() + "." + s.function(), List.of())) {
                        request.add(Evidence.at(c.location(), c.fromModule() + "." + c.fromFunction() + " ("
                                + c.requestContext() + ") calls " + s.module() + "." + s.function()
                                + ", which runs DynamicSupervisor.start_child"));
                    }
                }
            }
            List<MessageSend> toIt = sends.getOrDefault(name, List.of()).stream()
                    .filter(s -> s.target().kind() != Target.Kind.SELF || name.equals(s.module())).toList();
            List<RemoteCall> callers = calls.getOrDefault(name, List.of()).stream()
                    .filter(c -> !name.equals(c.fromModule())).toList();
            Set<String> callerModules = new LinkedHashSet<>();
            for (RemoteCall c : callers) {
                if (!c.inTest() && c.fromModule() != null && !c.fromModule().startsWith(name + ".")) {
                    callerModules.add(c.fromModule());
                }
            }
            for (MessageSend s : toIt) {
                if (!s.inTest() && s.module() != null && !s.module().equals(name)) {
                    callerModules.add(s.module());
                }
            }
            List<NameRef> ns = new ArrayList<>(names.getOrDefault(name, List.of()));
            toIt = withOwnViaSends(toIt, f, name, ns);
            ProcessModule draft = new ProcessModule(m, f.file(), f.app(), f.test(), starts.getOrDefault(name, List.of()),
                    supervised.getOrDefault(name, List.of()), dyn, request, toIt, callers, callerModules,
                    dedupe(ns), tables.getOrDefault(name, List.of()), new RuntimeProperties(name, Map.of()));
            RuntimeProperties props = PropertyInference.infer(draft);
            processes.put(name, new ProcessModule(m, f.file(), f.app(), f.test(), draft.startSites(),
                    draft.supervisedBy(), dyn, request, toIt, callers, callerModules, draft.names(),
                    draft.ownedTables(), props));
        }
    }

    /**
     * Adds the calls a module's own functions aim at its per-entity via names ({@code GenServer.call(via(id), m)}
     * with {@code via/1} giving {@code {:via, Registry, {Reg, id}}} and the module registering in {@code Reg}):
     * they reach the module's processes although no fixed name links them.
     */
    private static List<MessageSend> withOwnViaSends(List<MessageSend> toIt, FileFacts f, String name,
                                                     List<NameRef> ns) {
        Set<String> registries = new HashSet<>();
        for (NameRef n : ns) {
            if (n.kind() == NameRef.Kind.VIA_REGISTRY && n.module() != null) {
                registries.add(n.module());
            }
        }
        if (registries.isEmpty() || f == null) {
            return toIt;
        }
        List<MessageSend> out = new ArrayList<>(toIt);
        for (MessageSend s : f.sends()) {
            if (name.equals(s.module()) && s.target().kind() == Target.Kind.VIA && s.target().module() != null
                    && registries.contains(s.target().module()) && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static <T> List<T> dedupe(List<T> in) {
        return new ArrayList<>(new LinkedHashSet<>(in));
    }

    // ---- supervision trees ----

    private void buildTrees() {
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
