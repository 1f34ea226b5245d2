package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.ChildrenList;
import io.github.otpadvisor.facts.EtsTable;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.RemoteCall;
import io.github.otpadvisor.facts.StartSite;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files' facts linked project-wide (pass two, by {@link ProjectLinker}): an immutable value. Modules
 * are indexed by name; each process module knows who starts it, which supervisors list it, who calls
 * it and its runtime properties; supervision trees are built per application with supervisor children
 * expanded across files (cycles cut, shared subtrees expanded once). Modules under {@code test/} are kept in a
 * test inventory, and modules that run as a library behaviour's process in a library inventory: neither is a
 * process module.
 */
public final class ProjectFacts {
    private final List<FileFacts> files;
    private final Map<String, ModuleFacts> modules;
    private final Map<String, FileFacts> fileOfModule;
    private final Map<String, ProcessModule> processes;
    private final Map<String, List<SupervisionNode>> trees;
    private final TreePaths treePaths;
    private final Map<String, Supervision> supervision;
    private final CallPaths callPaths;
    private final List<BottleneckStart> bottlenecks;
    private final Map<String, StartRate> startRates;
    private final Map<String, SupervisionNode> unresolved;
    private final Map<String, List<SupervisionNode>> configGaps;
    private final Map<String, Location> configNamed;
    private final List<StartSite> deadStarts;
    /** What starts a module through other modules' code, refining what its trees and start sites say. */
    private final java.util.function.BiFunction<ProcessModule, Supervision, Supervision> refine;
    /** The production {@code start_child} calls whose child spec is computed at run time ({@link ConfiguredStarts}). */
    private final List<StartSite> computedStarts;
    private final List<LibraryProcessModule> libraryProcesses;
    private final List<TestModule> testModules;
    private final List<ProcessModule> allProcesses;
    // Project-wide views of the files' facts, made once: rules and sketches ask for them per module.
    private final List<FileFacts> productionFiles;
    private final Map<String, List<FileFacts>> filesByPath;
    private final List<StartSite> startSites;
    private final Map<String, List<StartSite>> startSitesByModule;
    private final List<MessageSend> sends;
    private final List<NameRef> names;
    private final List<EtsTable> etsTables;
    private final List<ChildrenList> childrenLists;
    /** The children lists outside test code, by application ("" holds those of files without one), in file order. */
    private final Map<String, List<ChildrenList>> childrenListsByApp;
    private final List<ChildrenList> productionChildrenLists;
    /** The mix.exs files whose tests run with {@code mix test --no-start} (an umbrella root's has no application). */
    private final List<FileFacts> noStartMixFiles;
    /** The mix.exs files that declare an Elixir requirement, the shortest path (an umbrella's root) first. */
    private final List<FileFacts> requiringMixFiles;
    /** Per application, what its mix.exs's application/0 says of its callback module (none when mix.exs files of
     *  one application disagree). */
    private final Map<String, io.github.otpadvisor.facts.ApplicationCallback> callbacks;

    ProjectFacts(List<FileFacts> files, Map<String, ModuleFacts> modules, Map<String, FileFacts> fileOfModule,
                 Map<String, ProcessModule> processes, Map<String, List<SupervisionNode>> trees,
                 TreePaths treePaths, CallPaths callPaths, List<BottleneckStart> bottlenecks,
                 List<LibraryProcessModule> libraryProcesses, List<TestModule> testModules,
                 List<ProcessModule> allProcesses, List<StartSite> deadStarts) {
        this.allProcesses = List.copyOf(allProcesses);
        this.deadStarts = List.copyOf(deadStarts);
        this.libraryProcesses = List.copyOf(libraryProcesses);
        this.testModules = List.copyOf(testModules);
        this.files = List.copyOf(files);
        this.productionFiles = this.files.stream().filter(f -> !f.test() && !f.script()).toList();
        this.noStartMixFiles = this.files.stream().filter(FileFacts::testsWithoutStart).toList();
        this.requiringMixFiles = this.files.stream().filter(f -> f.elixirRequirement() != null)
                .sorted(java.util.Comparator.comparingInt((FileFacts f) -> f.file().length())
                        .thenComparing(FileFacts::file)).toList();
        Map<String, io.github.otpadvisor.facts.ApplicationCallback> callbackOf = new HashMap<>();
        Set<String> disagreeing = new HashSet<>();
        for (FileFacts f : this.files) {
            if (f.callback() != null && f.app() != null && !f.test()) {
                var known = callbackOf.putIfAbsent(f.app(), f.callback());
                if (known != null && known.declared() != f.callback().declared()) {
                    disagreeing.add(f.app());
                }
            }
        }
        disagreeing.forEach(callbackOf::remove);
        this.callbacks = Map.copyOf(callbackOf);
        Map<String, List<FileFacts>> byPath = new LinkedHashMap<>();
        this.files.forEach(f -> byPath.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        byPath.replaceAll((k, v) -> List.copyOf(v));
        this.filesByPath = Collections.unmodifiableMap(byPath);
        this.startSites = this.files.stream().flatMap(f -> f.startSites().stream()).toList();
        Map<String, List<StartSite>> byModule = new LinkedHashMap<>();
        this.startSites.forEach(ss -> byModule.computeIfAbsent(ss.module(), k -> new ArrayList<>()).add(ss));
        byModule.replaceAll((k, v) -> List.copyOf(v));
        this.startSitesByModule = Collections.unmodifiableMap(byModule);
        this.sends = this.files.stream().flatMap(f -> f.sends().stream()).toList();
        this.names = this.files.stream().flatMap(f -> f.names().stream()).toList();
        this.etsTables = this.files.stream().flatMap(f -> f.etsTables().stream()).toList();
        this.childrenLists = this.files.stream().flatMap(f -> f.childrenLists().stream()).toList();
        Map<String, List<ChildrenList>> byApp = new LinkedHashMap<>();
        List<ChildrenList> production = new ArrayList<>();
        for (FileFacts f : this.files) {
            if (!f.test()) {
                byApp.computeIfAbsent(f.app() == null ? "" : f.app(), k -> new ArrayList<>()).addAll(f.childrenLists());
                production.addAll(f.childrenLists());
            }
        }
        byApp.replaceAll((k, v) -> List.copyOf(v));
        this.childrenListsByApp = Collections.unmodifiableMap(byApp);
        this.productionChildrenLists = List.copyOf(production);
        this.modules = Collections.unmodifiableMap(new LinkedHashMap<>(modules));
        this.fileOfModule = Map.copyOf(fileOfModule);
        this.processes = Collections.unmodifiableMap(new LinkedHashMap<>(processes));
        Map<String, List<SupervisionNode>> t = new TreeMap<>();
        trees.forEach((app, roots) -> t.put(app, List.copyOf(roots)));
        this.trees = Collections.unmodifiableMap(t);
        this.treePaths = treePaths;
        Map<String, Supervision> sup = new LinkedHashMap<>();
        this.unresolved = Supervisions.unresolvedByApp(this.trees);
        this.configGaps = Supervisions.configuredByApp(this.trees);
        this.configNamed = configNamed(this.files);
        this.processes.forEach((name, m) -> sup.put(name, Supervisions.of(m, treePaths, unresolved, configGaps,
                configNamed, this.modules)));
        Map<String, Supervision> own = Map.copyOf(sup);
        Map<String, List<RemoteCall>> callsTo = new HashMap<>();
        this.productionFiles.forEach(f -> f.remoteCalls().forEach(c -> callsTo.computeIfAbsent(
                c.toModule() + "." + c.function(), k -> new ArrayList<>()).add(c)));
        Map<String, List<io.github.otpadvisor.facts.ModuleRef>> namedBy = new HashMap<>();
        this.productionFiles.forEach(f -> f.moduleRefs().forEach(r -> {
            if (this.processes.containsKey(r.name())) {
                namedBy.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
            }
        }));
        List<StartSite> computed = ConfiguredStarts.computed(this.startSites);
        this.computedStarts = computed;
        List<io.github.otpadvisor.facts.ModuleRef> suffixes = new ArrayList<>();
        this.productionFiles.forEach(f -> f.moduleRefs().stream().filter(r -> r.name().startsWith("*."))
                .forEach(suffixes::add));
        Map<String, String> appOf = new HashMap<>();
        this.files.forEach(f -> appOf.put(f.file(), f.app()));
        // a name several applications define: the modules naming it in its own one (gristle's vcs and demo_cluster
        // both define MessageSorter.*); another application names a module of a sibling it depends on (Mix.PubSub)
        java.util.function.Function<ProcessModule, Map<String, List<io.github.otpadvisor.facts.ModuleRef>>> namedIn =
                m -> Map.of(m.name(), namedBy.getOrDefault(m.name(), List.of()).stream()
                        .filter(r -> !treePaths.definedInSeveralApps(m.name())
                                || java.util.Objects.equals(appOf.get(r.file()), m.app())).toList());
        this.refine = (m, found) -> ConfiguredStarts.refineConcat(ConfiguredStarts.refine(IndirectStarts.refine(m,
                Supervisions.withDeadStarts(found, this.deadStarts.stream().filter(d -> m.name().equals(
                        d.startedModule())).toList()), own, this.modules, callsTo, namedIn.apply(m), treePaths),
                configNamed.get(m.name()), computed), m.name(), suffixes, computed,
                file -> java.util.Objects.equals(appOf.get(file), m.app()));
        this.processes.forEach((name, m) -> sup.put(name, refine.apply(m, own.get(name))));
        this.supervision = Collections.unmodifiableMap(sup);
        this.callPaths = callPaths;
        this.bottlenecks = List.copyOf(bottlenecks);
        Map<String, StartRate> rates = new LinkedHashMap<>();
        this.processes.forEach((name, m) -> rates.put(name, StartRates.of(m, sup.get(name), callPaths)));
        this.startRates = Collections.unmodifiableMap(rates);
    }

    /**
     * For a process module nothing seen starts, that a config file names, while a {@code start_child} starts a child
     * whose spec is computed at run time (ewallet's {@code EthGethAdapter.Worker}): that start, which may be its own;
     * else empty.
     */
    public Optional<StartSite> configuredStart(String module) {
        Supervision s = supervision.get(module);
        return s != null && s.status() == Supervision.Status.UNKNOWN && configNamed.containsKey(module)
                && !computedStarts.isEmpty() && Objects.equals(computedStarts.get(0).location(), s.location())
                ? Optional.of(computedStarts.get(0)) : Optional.empty();
    }

    /** Each module named in a config file ({@code config/*.exs}), with the first place it is named. */
    private static Map<String, Location> configNamed(List<FileFacts> files) {
        Map<String, Location> out = new HashMap<>();
        for (FileFacts f : files) {
            if (!f.test() && CONFIG_FILE.matcher(f.file().replace('\\', '/')).find()) {
                f.moduleRefs().stream().filter(r -> r.fromModule() == null)
                        .forEach(r -> out.putIfAbsent(r.name(), r.location()));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern CONFIG_FILE = java.util.regex.Pattern.compile(
            "(^|/)config/[^/]+\\.exs$");

    public static ProjectFacts link(List<FileFacts> files) {
        return ProjectLinker.link(files);
    }

    public List<FileFacts> files() {
        return files;
    }

    /** By application (null for all): the modules its files name, tests included; filled on first use. */
    private final Map<String, Set<String>> namedByApp = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Whether the code of {@code app} (any application when null), its tests included, names {@code module}
     * ({@code PartitionSupervisor}, {@code Registry}): what the project already uses.
     */
    public boolean names(String app, String module) {
        return namedByApp.computeIfAbsent(app == null ? "" : app, k -> {
            Set<String> out = new HashSet<>();
            files.stream().filter(f -> k.isEmpty() || k.equals(f.app()))
                    .forEach(f -> f.moduleRefs().forEach(r -> out.add(r.name())));
            return out;
        }).contains(module);
    }

    /**
     * The Elixir versions the project declares for {@code app}: its own mix.exs's, else the umbrella root's (the
     * shortest path), else none.
     */
    public Optional<io.github.otpadvisor.facts.ElixirRequirement> elixirRequirement(String app) {
        return requiringMixFiles.stream().filter(f -> app != null && app.equals(f.app())).findFirst()
                .or(() -> requiringMixFiles.stream().findFirst()).map(FileFacts::elixirRequirement);
    }

    /**
     * Whether {@code app} is running when its tests run: not when its own {@code mix.exs}, or an umbrella's root one
     * (no application of its own), runs them with {@code mix test --no-start}, unless its {@code test_helper.exs}
     * starts it again ({@code Application.ensure_started(:application_runner)}, lenra's server).
     */
    public boolean startsInTests(String app) {
        return whyStoppedInTests(app) == null;
    }

    /**
     * Why nothing {@code app}'s tree starts is running when its tests run, in words, or null when it is running:
     * its mix.exs names no {@code mod:} (it starts no tree at all), or the tests run with {@code mix test --no-start}.
     */
    public String whyStoppedInTests(String app) {
        if (!startsItsTree(app)) {
            return NO_CALLBACK;
        }
        boolean started = noStartMixFiles.stream().noneMatch(f -> f.app() == null || f.app().equals(app))
                || files.stream().anyMatch(f -> f.startsItsApp() && Objects.equals(f.app(), app));
        return started ? null : NO_START;
    }

    /** {@link #whyStoppedInTests}: the tests run with {@code mix test --no-start}. */
    public static final String NO_START = "The project's tests run with mix test --no-start (its mix.exs): the"
            + " application is not running";
    /** {@link #whyStoppedInTests}: the mix.exs names no callback module. */
    public static final String NO_CALLBACK = "Its mix.exs names no mod: in application/0: starting the application"
            + " starts no supervision tree";

    /**
     * Starting {@code app} starts a tree: its mix.exs's {@code application/0} names a {@code mod:}, or the analysis
     * cannot tell (no mix.exs read, or one that builds the list in code). False only when it names none.
     */
    public boolean startsItsTree(String app) {
        var callback = app == null ? null : callbacks.get(app);
        return callback == null || callback.declared();
    }

    /**
     * Its OTP application has a {@code use Application} module: it starts a tree of its own, or means to (one its
     * mix.exs does not name in {@code mod:} still says the application is not a library its users start parts of).
     */
    public boolean hasApplicationModule(String app) {
        return files.stream().filter(f -> !f.test() && Objects.equals(f.app(), app))
                .anyMatch(f -> f.modules().stream().anyMatch(ModuleFacts::application));
    }

    /** The files of the running system: not test code, not {@code .exs} scripts (what most rules look at). */
    public List<FileFacts> productionFiles() {
        return productionFiles;
    }

    /** The facts of the files at this display path: one, or more when two roots hold the same path. */
    public List<FileFacts> filesAt(String path) {
        return filesByPath.getOrDefault(path, List.of());
    }

    /** Every module of the project by full name (the first definition wins when a name repeats). */
    public Map<String, ModuleFacts> modules() {
        return modules;
    }

    public Optional<ModuleFacts> module(String name) {
        return Optional.ofNullable(modules.get(name));
    }

    public Optional<FileFacts> fileOf(String module) {
        return Optional.ofNullable(fileOfModule.get(module));
    }

    /**
     * The file of {@code module} as application {@code app} defines it: when several applications of the project
     * define the name (gristle's demo_cluster and vcs each a Boss.Operator, with other start arguments), that
     * application's own definition; else {@link #fileOf(String)}'s.
     */
    public Optional<FileFacts> fileOf(String module, String app) {
        if (module == null || !treePaths.definedInSeveralApps(module)) {
            return fileOf(module);
        }
        return files.stream().filter(f -> Objects.equals(f.app(), app)
                        && f.modules().stream().anyMatch(m -> m.name().equals(module)))
                .min(java.util.Comparator.comparing(FileFacts::test)).or(() -> fileOf(module));
    }

    /** The definition of {@code module} in application {@code app} ({@link #fileOf(String, String)}). */
    public Optional<ModuleFacts> module(String module, String app) {
        if (module == null || !treePaths.definedInSeveralApps(module)) {
            return module(module);
        }
        return fileOf(module, app).flatMap(f -> f.modules().stream().filter(m -> m.name().equals(module)).findFirst());
    }

    /** {@code name: Shop.Topics} in a Registry's children entry. */
    private static final java.util.regex.Pattern REGISTRY_NAME = java.util.regex.Pattern.compile(
            "name: ([A-Z][A-Za-z0-9_.]*|:[a-z_][A-Za-z0-9_]*)");

    /**
     * The Registry names the project's children lists start with {@code keys: :duplicate}: registering there joins a
     * group (a topic), it names no process.
     */
    public static java.util.Set<String> duplicateKeyRegistries(List<FileFacts> files) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (FileFacts f : files) {
            for (io.github.otpadvisor.facts.ChildrenList l : f.childrenLists()) {
                for (io.github.otpadvisor.facts.ChildSpec c : l.children()) {
                    java.util.regex.Matcher m = c.text() == null || !"Registry".equals(c.module()) ? null
                            : REGISTRY_NAME.matcher(c.text());
                    if (m != null && c.text().contains("keys: :duplicate") && m.find()) {
                        out.add(m.group(1));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The production process modules, in file order: every definition, so two modules with one name in two files
     * are two entries.
     */
    public List<ProcessModule> processModules() {
        return allProcesses;
    }

    /** The process module a reference by name resolves to (its first production definition). */
    public Optional<ProcessModule> processModule(String name) {
        return Optional.ofNullable(processes.get(name));
    }

    /** The production modules that run as a library behaviour's process (GenStage, LiveView...), in file order. */
    public List<LibraryProcessModule> libraryProcesses() {
        return libraryProcesses;
    }

    /** Whether {@code module} is a library process, and which kind (its first production definition). */
    public Optional<LibraryProcessModule> libraryProcess(String module) {
        return libraryProcesses.stream().filter(l -> l.name().equals(module)).findFirst();
    }

    /** The test inventory: every module defined under {@code test/}, process module or not, in file order. */
    public List<TestModule> testModules() {
        return testModules;
    }

    /** Supervision trees per application ({@code ""} when a file has none); roots first from Application modules. */
    public Map<String, List<SupervisionNode>> trees() {
        return trees;
    }

    /**
     * A start_child under a supervisor of the project that nothing starts ({@link UnstartedSupervisors}): not where
     * the module it starts sits.
     */
    public boolean unstarted(StartSite s) {
        return s.location() != null && deadStarts.stream().anyMatch(d -> s.location().equals(d.location()));
    }

    /** Where modules sit in the {@link #trees()}: bounded, shared subtrees included. */
    public TreePaths treePaths() {
        return treePaths;
    }

    /** How the process module is supervised today (RULEBOOK §2): static, dynamic, none or unknown. */
    public Supervision supervision(ProcessModule module) {
        // another application's definition of the name (gristle's two MessageSorter.System): refined the same way
        return processes.get(module.name()) == module ? supervision(module.name())
                : refine.apply(module, Supervisions.of(module, treePaths, unresolved, configGaps, configNamed, modules));
    }

    /** How the process module named {@code module} (its first definition) is supervised today. */
    public Supervision supervision(String module) {
        Supervision s = supervision.get(module);
        if (s == null) {
            throw new IllegalArgumentException("not a process module: " + module);
        }
        return s;
    }

    /** How often the process module is started (RULEBOOK §2 "start rate"): boot, per request (with the path), unknown. */
    public StartRate startRate(String module) {
        StartRate r = startRates.get(module);
        if (r == null) {
            throw new IllegalArgumentException("not a process module: " + module);
        }
        return r;
    }

    /** Which functions request paths and boot steps reach (function-level calls across modules). */
    public CallPaths callPaths() {
        return callPaths;
    }

    /**
     * The {@code DynamicSupervisor.start_child} calls that make one DynamicSupervisor a bottleneck (OTP010; the
     * decision's PartitionSupervisor answer rests on the same list).
     */
    public List<BottleneckStart> bottleneckStarts() {
        return bottlenecks;
    }

    public List<StartSite> startSites() {
        return startSites;
    }

    /**
     * The start sites to read for {@code module} as application {@code app} defines it: when several applications
     * of the project define that name, only those written in {@code app}'s files (the others start their own
     * module: gristle's demo_cluster and vcs each start a Boss.Operator of their own, with other arguments); else all.
     */
    public List<StartSite> startSitesFor(String module, String app) {
        if (module == null || !treePaths.definedInSeveralApps(module)) {
            return startSites;
        }
        return startSites.stream().filter(s -> s.location() != null && filesAt(s.location().file()).stream()
                .anyMatch(f -> Objects.equals(f.app(), app))).toList();
    }

    /**
     * A production {@code Supervisor.start_child} that adds a child to the regular Supervisor {@code supervisor} at run
     * time (codebattle's GlobalSupervisor, one child per game): its children are not only those its init/1 lists.
     */
    public Optional<StartSite> addedAtRuntime(String supervisor) {
        return startSites.stream().filter(s -> s.kind() == StartSite.Kind.DYNAMIC_START_CHILD && !s.inTest()
                && !s.inScript() && s.call() != null && s.call().startsWith("Supervisor.") && s.supervisor() != null
                && s.supervisor().kind() == io.github.otpadvisor.facts.Target.Kind.MODULE
                && supervisor.equals(s.supervisor().module())).findFirst();
    }

    /** The start sites that start {@code module} (whatever their kind), in file order. */
    public List<StartSite> startSitesOf(String module) {
        return startSitesByModule.getOrDefault(module, List.of());
    }

    public List<MessageSend> sends() {
        return sends;
    }

    public List<NameRef> names() {
        return names;
    }

    public List<EtsTable> etsTables() {
        return etsTables;
    }

    public List<ChildrenList> childrenLists() {
        return childrenLists;
    }

    /**
     * The children list of supervisor {@code module}'s own {@code init/1} with {@code strategy: :simple_one_for_one}
     * (the pre-1.6 form of a dynamic supervisor, its one child a template), if it has one.
     */
    public Optional<ChildrenList> simpleOneForOne(String module) {
        return childrenLists.stream().filter(l -> module.equals(l.module())
                && l.source() != ChildrenList.Source.APPLICATION_START && "simple_one_for_one".equals(l.strategy()))
                .findFirst();
    }

    /** The children lists outside test code of one application, or of every application when {@code app} is null. */
    public List<ChildrenList> productionChildrenLists(String app) {
        return app == null ? productionChildrenLists : childrenListsByApp.getOrDefault(app, List.of());
    }
}
