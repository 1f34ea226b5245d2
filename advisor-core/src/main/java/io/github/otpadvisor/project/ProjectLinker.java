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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pass two: links the files' facts project-wide into a {@link ProjectFacts} value. Modules are indexed
 * by name; each process module learns who starts it, which supervisors list it, who calls it and
 * messages it, then its runtime properties are inferred from those links; the supervision trees are
 * built last.
 */
final class ProjectLinker {
    /** Starts of work that runs beside the process that starts it (a task, a spawned function). */
    private static final java.util.Set<StartSite.Kind> ASYNC = java.util.EnumSet.of(StartSite.Kind.TASK_ASYNC,
            StartSite.Kind.TASK_START, StartSite.Kind.TASK_START_LINK, StartSite.Kind.TASK_ASYNC_STREAM,
            StartSite.Kind.TASK_SUPERVISOR, StartSite.Kind.SPAWN, StartSite.Kind.SPAWN_LINK,
            StartSite.Kind.SPAWN_MONITOR, StartSite.Kind.PROCESS_SPAWN);

    private final List<FileFacts> files;
    private final Map<String, ModuleFacts> modules = new LinkedHashMap<>();
    private final Map<String, FileFacts> fileOfModule = new HashMap<>();
    private final Map<String, ProcessModule> processes = new LinkedHashMap<>();
    private CallPaths callPaths;
    private List<BottleneckStart> bottlenecks = List.of();
    private final List<LibraryProcessModule> libraryProcesses = new ArrayList<>();
    private final List<TestModule> testModules = new ArrayList<>();
    /** Every production definition, in file order: two modules with one name in two files are two units. */
    private final List<Definition> definitions = new ArrayList<>();
    private final Map<String, List<Definition>> definitionsByName = new HashMap<>();
    /** {@link #key} per file (by identity: a file's facts are a deep record) and name. */
    private final Map<FileFacts, Map<String, String>> keys = new java.util.IdentityHashMap<>();
    private final List<ProcessModule> allProcesses = new ArrayList<>();

    /** One production {@code defmodule} with the kind its macros give it, and its file. */
    private record Definition(ModuleFacts facts, FileFacts file) {
    }

    private ProjectLinker(List<FileFacts> files) {
        this.files = List.copyOf(files);
    }

    static ProjectFacts link(List<FileFacts> files) {
        ProjectLinker l = new ProjectLinker(ReturnedLists.splice(files));
        l.index();
        l.inventory();
        l.linkProcesses();
        SupervisionTrees builder = new SupervisionTrees(l.files, l.modules, l.processes);
        Map<String, List<SupervisionNode>> trees = builder.build();
        TreePaths paths = new TreePaths(trees, builder.sharedWith(), l.appsDefining());
        UnstartedSupervisors unstarted = new UnstartedSupervisors(l.files, l.modules, trees, paths);
        Map<io.github.otpadvisor.facts.Location, StartSite> dead = unstarted.deadStarts(l.allProcesses);
        if (!dead.isEmpty()) {
            // linked again without them: a start_child that cannot run says nothing of how its child is started
            l.deadStarts = dead.keySet();
            l.linkProcesses();
            builder = new SupervisionTrees(l.files, l.modules, l.processes, l.deadStarts);
            trees = builder.build();
            paths = new TreePaths(trees, builder.sharedWith(), l.appsDefining());
        }
        return new ProjectFacts(l.files, l.modules, l.fileOfModule, l.processes, trees, paths, l.callPaths,
                l.bottlenecks, l.libraryProcesses, l.testModules, l.allProcesses, List.copyOf(dead.values()));
    }

    /** The modules more than one application of the project defines, each with those applications. */
    private Map<String, Set<String>> appsDefining() {
        Map<String, Set<String>> out = new HashMap<>();
        definitionsByName.forEach((name, defs) -> {
            Set<String> apps = new java.util.TreeSet<>();
            defs.forEach(d -> apps.add(d.file().app() == null ? "" : d.file().app()));
            if (apps.size() > 1) {
                out.put(name, apps);
            }
        });
        return out;
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

    /**
     * Gives modules the kind their project {@code __using__} macros make them, then sorts the inventory: test
     * modules apart, library processes apart (RULEBOOK §1).
     */
    private void inventory() {
        Map<String, ModuleFacts> declared = new LinkedHashMap<>(modules);
        MacroProcesses macros = new MacroProcesses(declared::get);
        for (Map.Entry<String, ModuleFacts> e : modules.entrySet()) {
            e.setValue(macros.resolve(e.getValue()));
        }
        for (FileFacts f : files) {
            for (ModuleFacts m : f.modules()) {
                // the indexed definition is resolved already; another one (a second defmodule of the name in the same
                // file, in the other branch of an `if Code.ensure_loaded?`) is resolved on its own
                ModuleFacts resolved = declared.get(m.name()) == m ? modules.get(m.name()) : macros.resolve(m);
                if (f.test()) {
                    testModules.add(new TestModule(resolved, f.file(), f.app()));
                    continue;
                }
                Definition d = new Definition(resolved, f);
                definitions.add(d);
                definitionsByName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(d);
                if (!resolved.isProcess() && resolved.library() != null) {
                    libraryProcesses.add(new LibraryProcessModule(resolved, f.file(), f.app(), resolved.library()));
                }
            }
        }
    }

    /**
     * The key a reference to {@code name} written in {@code from} links to: the definition in that same file, else
     * the first in the same application, else the first production one ({@code name@file}); the bare name when
     * the project has no production definition.
     */
    private String key(String name, FileFacts from) {
        List<Definition> defs = definitionsByName.get(name);
        if (defs == null) {
            return name;
        }
        // Every start, send, call and table of a file asks, mostly for the same few modules.
        return keys.computeIfAbsent(from, k -> new HashMap<>()).computeIfAbsent(name, n -> chosenKey(n, defs, from));
    }

    private static String chosenKey(String name, List<Definition> defs, FileFacts from) {
        Definition chosen = defs.stream().filter(d -> d.file() == from).findFirst()
                .or(() -> defs.stream().filter(d -> from.app() != null && from.app().equals(d.file().app())).findFirst())
                .orElse(defs.get(0));
        return name + "@" + chosen.file().file();
    }

    /** The names keyed by module name alone (definitions merged), as BottleneckStarts looks supervisors up. */
    private static Map<String, List<NameRef>> byModuleName(Map<String, List<NameRef>> names) {
        Map<String, List<NameRef>> out = new HashMap<>();
        names.forEach((key, refs) -> out.computeIfAbsent(key.contains("@") ? key.substring(0, key.indexOf('@')) : key,
                k -> new ArrayList<>()).addAll(refs));
        return out;
    }

    /**
     * {@code Task.Supervisor.async_nolink(sup, __MODULE__, :log_run, [...])} in a GenServer runs one of its
     * functions in a task: it starts a task, not the module's own process (a behaviour's process is never started by
     * a Task or a spawn).
     */
    private boolean runsAFunctionOf(StartSite s) {
        boolean taskOrSpawn = switch (s.kind()) {
            case TASK_START, TASK_START_LINK, TASK_ASYNC, TASK_SUPERVISOR, SPAWN, SPAWN_LINK, SPAWN_MONITOR,
                 PROCESS_SPAWN -> true;
            default -> false;
        };
        ModuleFacts m = modules.get(s.startedModule());
        return taskOrSpawn && m != null && m.abstraction().isProcess() && m.abstraction() != Abstraction.TASK;
    }

    /**
     * The process a module that is no process itself starts through its own {@code child_spec/1}
     * ({@code Reaper.Cache}'s spec starts {@code Reaper.Cache.Server}): listing or starting the one starts the other.
     */
    private String delegate(String module) {
        return startedThrough(modules, module);
    }

    /** {@link #delegate} over {@code modules}: the supervision trees draw the process listing the module starts. */
    static String startedThrough(Map<String, ModuleFacts> modules, String module) {
        ModuleFacts m = module == null ? null : modules.get(module);
        if (m == null || m.abstraction().isProcess() || m.ownChildSpec() == null) {
            return null;
        }
        String target = m.ownChildSpec().startModule();
        ModuleFacts t = target == null ? null : modules.get(target);
        return t != null && t.abstraction().isProcess() ? target : null;
    }

    /** Start_child calls under a supervisor nothing starts ({@link UnstartedSupervisors}): left out of the links. */
    private Set<io.github.otpadvisor.facts.Location> deadStarts = Set.of();

    private void linkProcesses() {
        processes.clear();
        allProcesses.clear();
        Map<String, List<StartSite>> starts = new HashMap<>();
        Map<String, List<StartSite>> dynamic = new HashMap<>();
        Map<String, List<SupervisedBy>> supervised = new HashMap<>();
        Map<String, List<MessageSend>> sends = new HashMap<>();
        Map<String, List<RemoteCall>> calls = new HashMap<>();
        Map<String, List<NameRef>> names = new HashMap<>();
        Map<String, List<EtsTable>> tables = new HashMap<>();
        Set<String> processNames = new HashSet<>();
        Set<String> groupRegistries = ProjectFacts.duplicateKeyRegistries(files);
        definitions.stream().filter(d -> d.facts().isProcess()).forEach(d -> processNames.add(d.facts().name()));
        for (FileFacts f : files) {
            for (StartSite s : f.startSites()) {
                if (s.startedModule() == null || runsAFunctionOf(s) || deadStarts.contains(s.location())) {
                    continue;
                }
                (s.kind() == StartSite.Kind.DYNAMIC_START_CHILD ? dynamic : starts)
                        .computeIfAbsent(key(s.startedModule(), f), k -> new ArrayList<>()).add(s);
                String delegate = delegate(s.startedModule());
                if (delegate != null && s.kind() == StartSite.Kind.DYNAMIC_START_CHILD) {
                    dynamic.computeIfAbsent(key(delegate, f), k -> new ArrayList<>()).add(s);
                }
                if (s.name() != null) {
                    names.computeIfAbsent(key(s.startedModule(), f), k -> new ArrayList<>()).add(s.name());
                }
                if (s.child() != null && s.child().name() != null) {
                    names.computeIfAbsent(key(s.startedModule(), f), k -> new ArrayList<>()).add(s.child().name());
                }
            }
            // a test helper's list (test_helper.exs starting the library's supervisor) is not the application's tree
            for (ChildrenList l : f.test() ? List.<ChildrenList>of() : f.childrenLists()) {
                for (ChildSpec c : l.children()) {
                    if (c.module() != null && !l.runsOwnFunction(c)) { // it is not its own child
                        supervised.computeIfAbsent(key(c.module(), f), k -> new ArrayList<>())
                                .add(new SupervisedBy(l, c, f.file(), f.app()));
                        String delegate = delegate(c.module());
                        if (delegate != null) {
                            supervised.computeIfAbsent(key(delegate, f), k -> new ArrayList<>())
                                    .add(new SupervisedBy(l, c, f.file(), f.app()));
                        }
                        if (c.name() != null) {
                            names.computeIfAbsent(key(c.module(), f), k -> new ArrayList<>()).add(c.name());
                        }
                    }
                }
            }
            for (MessageSend s : f.sends()) {
                String target = s.target().kind() == Target.Kind.MODULE ? s.target().module()
                        : s.target().kind() == Target.Kind.SELF ? s.module() : null;
                if (target != null) {
                    sends.computeIfAbsent(key(target, f), k -> new ArrayList<>()).add(s);
                }
            }
            for (RemoteCall c : f.remoteCalls()) {
                // Only process modules' callers are kept: the calls are columns (RemoteCallList), made records again
                // here, and a large tree has half a million
                if (processNames.contains(c.toModule())) {
                    calls.computeIfAbsent(key(c.toModule(), f), k -> new ArrayList<>()).add(c);
                }
            }
            for (EtsTable t : f.etsTables()) {
                if (t.module() != null) {
                    tables.computeIfAbsent(key(t.module(), f), k -> new ArrayList<>()).add(t);
                }
            }
        }
        callPaths = new CallPaths(files, modules, CallPaths.listed(files));
        bottlenecks = BottleneckStarts.find(files, modules, byModuleName(names), callPaths);
        for (Definition def : definitions) {
            ModuleFacts m = def.facts();
            if (!m.isProcess()) {
                continue; // test modules are in the test inventory, never production process modules
            }
            String name = m.name();
            FileFacts f = def.file();
            String key = name + "@" + f.file();
            List<StartSite> dyn = dynamic.getOrDefault(key, List.of());
            List<Evidence> request = new ArrayList<>();
            for (BottleneckStart b : bottlenecks) {
                if (name.equals(b.site().startedModule())) {
                    request.add(Evidence.at(b.site().location(), "DynamicSupervisor.start_child(" + b.supervisor()
                            + ", ...) per " + b.key() + ", reached from " + b.path().entryKind() + ": "
                            + b.path().text()));
                }
            }
            List<StartSite> bootOnce = new ArrayList<>();
            for (StartSite s : dyn) {
                // started with a fixed argument at boot, or from an owner's init: once, not once per entity
                boolean fixedAtBoot = s.child() != null && (s.child().arg() == null || s.child().argIsLiteral())
                        && callPaths.atBoot(s.module(), s.function());
                boolean inInit = s.function() != null && (s.function().startsWith("init/")
                        || s.function().equals("handle_continue/2"));
                if ((fixedAtBoot || inInit) && callPaths.requestPath(s.module(), s.function()) == null) {
                    bootOnce.add(s);
                }
            }
            List<MessageSend> toIt = sends.getOrDefault(key, List.of()).stream()
                    .filter(s -> s.target().kind() != Target.Kind.SELF || name.equals(s.module())).toList();
            List<RemoteCall> callers = calls.getOrDefault(key, List.of()).stream()
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
            List<NameRef> ns = new ArrayList<>(names.getOrDefault(key, List.of()));
            if (m.startLink() != null) {
                // a start_link from a project macro's quote registers the using module: its names are this module's
                m.startLink().names().stream().filter(n -> !name.equals(n.owner())).map(n -> n.inUser(name))
                        .forEach(ns::add);
            }
            // the name its use line's start: option registers it under (ElixirTorrent's Acceptor.BlackList:
            // use GenServer, start: {GenServer, :start_link, [__MODULE__, nil, [name: __MODULE__]]})
            f.names().stream().filter(n -> name.equals(n.owner()) && "child_spec/1".equals(n.function())
                    && n.context() != null && n.context().endsWith(".start_link")).forEach(ns::add);
            // a process that starts unnamed and registers itself as it starts (Registry.register in init/1:
            // dara-dots' TicTacToe) is registered under that key; one registered later, in a handler, joins a
            // group (gristle's Workshop on a :duplicate registry), which names nothing
            if (ns.stream().allMatch(NameRef::lookup)) {
                f.names().stream().filter(n -> n.kind() == NameRef.Kind.VIA_REGISTRY
                        && "Registry.register".equals(n.context()) && name.equals(n.owner())
                        && ("init/1".equals(n.function()) || "handle_continue/2".equals(n.function()))
                        && !groupRegistries.contains(n.module()))
                        .forEach(ns::add);
            }
            if (ns.stream().allMatch(NameRef::lookup)) {
                // registered through a project function that starts it (gristle's Common.Utils.start_link_redundant)
                WrappedStartNames.of(m, f, modules).ifPresent(ns::add);
            }
            toIt = withOwnViaSends(toIt, f, name, ns);
            ModuleLinks links = new ModuleLinks(m, f.file(), f.app(), f.test(), starts.getOrDefault(key, List.of()),
                    supervised.getOrDefault(key, List.of()), dyn, request, toIt, callers, callerModules, dedupe(ns),
                    owned(tables.getOrDefault(key, List.of()), callPaths.reachedTables(name)), bootOnce,
                    ProcessCallers.of(m, f.sends(), callers, toIt));
            // not its own start (a Task module's start_link runs its work as its process)
            List<StartSite> async = f.startSites().stream().filter(s -> name.equals(s.module()) && !s.inTest()
                    && !s.inOwnStartLink() && ASYNC.contains(s.kind())).toList();
            ProcessModule pm = links.with(PropertyInference.infer(links, callPaths.handlerIo(name),
                    callPaths.handlerWrites(name), async, callPaths.unknownCalls(name)));
            allProcesses.add(pm);
            // By name, the first definition answers (trees, names); every definition is assessed on its own.
            processes.putIfAbsent(name, pm);
        }
    }

    /** The tables a module's own code creates, then those its callbacks create through other modules. */
    private static List<EtsTable> owned(List<EtsTable> own, List<EtsTable> reached) {
        if (reached.isEmpty()) {
            return own;
        }
        List<EtsTable> out = new ArrayList<>(own);
        out.addAll(reached);
        return out;
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
}
