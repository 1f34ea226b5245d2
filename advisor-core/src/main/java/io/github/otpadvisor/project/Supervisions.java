package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.StartSite;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out each process module's {@link Supervision} from the linked trees and start sites. A module is
 * said to sit in no tree ({@code none}) only when its application's trees are fully resolved and a start
 * outside any supervisor is the only way it is started; on partial information it is {@code unknown}.
 */
final class Supervisions {
    private Supervisions() {
    }

    /** The first unresolved node of each application's trees (applications without one are absent). */
    static Map<String, SupervisionNode> unresolvedByApp(Map<String, List<SupervisionNode>> trees) {
        Map<String, SupervisionNode> out = new HashMap<>();
        trees.forEach((app, roots) -> roots.forEach(r -> r.forEach(n -> {
            if (n.kind() == SupervisionNode.Kind.UNRESOLVED) {
                out.putIfAbsent(app, n);
            }
        })));
        return out;
    }

    /**
     * The first unresolved node of each application's trees that reads the configuration ({@code {config.module,
     * config.init_args}}, {@code Application.get_env(:app, :workers)}): the entry a module named in config files
     * is started through.
     */
    /** What an unknown start's sentence says of a config-read entry that does not name the module. */
    static final String MAY_START = "may start it";

    static Map<String, List<SupervisionNode>> configuredByApp(Map<String, List<SupervisionNode>> trees) {
        Map<String, List<SupervisionNode>> out = new HashMap<>();
        trees.forEach((app, roots) -> roots.forEach(r -> r.forEach(n -> {
            if (n.kind() == SupervisionNode.Kind.UNRESOLVED && n.spec() != null && readsConfig(n.spec().text())) {
                out.computeIfAbsent(app, k -> new java.util.ArrayList<>()).add(n);
            }
        })));
        return out;
    }

    /**
     * Of an application's children entries read from the configuration, the one that reads {@code module}'s key: the
     * one whose text names the module's last segment ({@code get_env(:tilex, :webhook_notifier)} for
     * {@code Notifiers.Webhook}); null when that cannot be told. Being the only one is not enough: a library's
     * supervisor may start it from the configuration (logflare's PostgresStrategy, a libcluster strategy the
     * topologies name, is not started by the one config-read entry, its Repo replicas).
     */
    static SupervisionNode configEntryFor(String module, List<SupervisionNode> gaps) {
        if (gaps == null || gaps.isEmpty()) {
            return null;
        }
        String last = module.substring(module.lastIndexOf('.') + 1);
        String snake = last.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(^|[^a-z0-9])" + java.util.regex.Pattern.quote(snake)
                + "($|[^a-z0-9])");
        List<SupervisionNode> named = gaps.stream().filter(g -> g.label() != null && word.matcher(g.label()).find()).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    private static boolean readsConfig(String text) {
        return text != null && CONFIG_READ.matcher(text).find();
    }

    private static final java.util.regex.Pattern CONFIG_READ = java.util.regex.Pattern.compile(
            "\\bconfig\\b|\\bconf\\b|get_env|fetch_env|get_all_env|compile_env|\\bsettings\\b");

    static Supervision of(ProcessModule m, TreePaths paths, Map<String, SupervisionNode> unresolved) {
        return of(m, paths, unresolved, Map.of(), Map.of(), Map.of());
    }

    /**
     * A children entry {@code {Mod.Supervisor, args}} where {@code Mod.Supervisor} is defined nowhere in the scanned
     * files: a macro generates it ({@code use Indexer.Fetcher} in blockscout defines {@code Module.concat(fetcher,
     * Supervisor)}), and it is what starts {@code Mod}. Null when no such entry is listed.
     */
    private static Supervision generatedSupervisor(ProcessModule m, TreePaths paths,
                                                   Map<String, io.github.otpadvisor.facts.ModuleFacts> defined) {
        String sup = m.name() + ".Supervisor";
        if (defined.isEmpty() || defined.containsKey(sup)) {
            return null;
        }
        TreePaths.Found found = paths.to(sup, 1, 64);
        if (found.paths().isEmpty()) {
            return null;
        }
        List<SupervisionNode> nodes = found.paths().get(0).nodes();
        SupervisionNode entry = nodes.get(nodes.size() - 1);
        String listedBy = nodes.size() >= 2 ? parentName(nodes.get(nodes.size() - 2)) : null;
        String macro = m.facts().useLines().stream().map(io.github.otpadvisor.facts.UseLine::module)
                .filter(defined::containsKey).findFirst().map(u -> "a supervisor its use " + u + " line defines")
                .orElse("a supervisor no scanned file defines (a macro or a library generates it)");
        return new Supervision(Supervision.Status.STATIC, sup, entry.location(), "started by " + sup + ", " + macro
                + (listedBy == null ? "" : ", listed in the children of " + listedBy));
    }

    /**
     * {@code configGaps}: per application, its first children entry read from the configuration;
     * {@code configNamed}: per module, the config file line that names it.
     */
    static Supervision of(ProcessModule m, TreePaths paths, Map<String, SupervisionNode> unresolved,
                          Map<String, List<SupervisionNode>> configGaps, Map<String, Location> configNamed,
                          Map<String, io.github.otpadvisor.facts.ModuleFacts> defined) {
        Supervision s = of(m, paths, unresolved.get(m.app() == null ? "" : m.app()), defined);
        if (s.status() == Supervision.Status.UNKNOWN && s.location() == null) {
            Supervision generated = generatedSupervisor(m, paths, defined);
            if (generated != null) {
                return generated;
            }
        }
        List<SupervisionNode> gaps = configGaps.get(m.app() == null ? "" : m.app());
        Location named = configNamed.get(m.name());
        if (s.status() != Supervision.Status.UNKNOWN || gaps == null || named == null) {
            return s;
        }
        SupervisionNode configGap = configEntryFor(m.name(), gaps);
        if (configGap == null) {
            return new Supervision(Supervision.Status.UNKNOWN, null, gaps.get(0).location(), named.file() + ":"
                    + named.line() + " names it, and its application's children list has " + (gaps.size() == 1
                    ? "an entry" : gaps.size() + " entries") + " read from the configuration (" + gaps.stream()
                    .map(Supervisions::entryText).collect(java.util.stream.Collectors.joining(", ")) + "), "
                    + (gaps.size() == 1 ? "which" : "one of which") + " " + MAY_START + "; a library that reads that"
                    + " configuration may start it too", named);
        }
        return new Supervision(Supervision.Status.UNKNOWN, null, configGap.location(), named.file() + ":" + named.line() + " names it, and its application's children list has an entry "
                + "read from the configuration (" + entryText(configGap) + "), which starts it "
                + "when the configuration gives it", named);
    }

    private static String entryText(SupervisionNode n) {
        return n.label() + (n.location() == null ? "" : " at " + n.location().file() + ":" + n.location().line());
    }

    private static Supervision of(ProcessModule m, TreePaths paths, SupervisionNode gap,
                                  Map<String, io.github.otpadvisor.facts.ModuleFacts> defined) {
        TreePaths.Found found = paths.to(m.name(), m.app(), 1, 64);
        if (!found.paths().isEmpty()) {
            List<SupervisionNode> nodes = found.paths().get(0).nodes();
            SupervisionNode self = nodes.get(nodes.size() - 1);
            SupervisionNode parent = nodes.size() >= 2 ? nodes.get(nodes.size() - 2) : null;
            String parentName = parent == null ? null : parentName(parent);
            if (self.kind() == SupervisionNode.Kind.DYNAMIC_CHILD) {
                return new Supervision(Supervision.Status.DYNAMIC, parentName, self.location(),
                        "started at runtime under " + parentName);
            }
            if (self.module() != null && !self.module().equals(m.name())) {
                // The path ends at a shared reference to a supervisor above the module: its own entry is elsewhere.
                return listedOrDynamic(m, self, gap, paths, defined);
            }
            return new Supervision(Supervision.Status.STATIC, parentName, self.location(),
                    "a child of " + parentName + "'s children list");
        }
        return listedOrDynamic(m, null, gap, paths, defined);
    }

    private static Supervision listedOrDynamic(ProcessModule m, SupervisionNode via, SupervisionNode gap,
                                               TreePaths paths,
                                               Map<String, io.github.otpadvisor.facts.ModuleFacts> defined) {
        if (!m.supervisedBy().isEmpty()) {
            SupervisedBy s = m.supervisedBy().get(0);
            String parent = s.list().module();
            return new Supervision(Supervision.Status.STATIC, parent, s.spec().location(),
                    "listed in the children of " + parent + (via == null ? "" : " (under " + via.label() + ")"));
        }
        if (!m.dynamicStarts().isEmpty()) {
            StartSite s = m.dynamicStarts().get(0);
            return new Supervision(Supervision.Status.DYNAMIC, supervisorOf(s), s.location(),
                    "started through " + call(s) + " in " + s.module() + "." + s.function());
        }
        for (StartSite s : m.startSites()) {
            if (s.supervised() && !s.inTest()) { // Task.Supervisor.start_child(Sup, Mod, :run, [...])
                return new Supervision(Supervision.Status.DYNAMIC, supervisorOf(s), s.location(),
                        "started through " + call(s) + " in " + s.module() + "." + s.function());
            }
        }
        return unsupervised(m, gap, paths, defined);
    }

    static Supervision unsupervised(ProcessModule m, SupervisionNode gap, TreePaths paths,
                                            Map<String, io.github.otpadvisor.facts.ModuleFacts> defined) {
        String partial = gap == null ? "" : "; the supervision tree of its application has an unresolved part ("
                + gap.label() + (gap.location() == null ? "" : " at " + gap.location().file() + ":"
                + gap.location().line()) + "), which may list it";
        for (StartSite s : m.startSites()) {
            if (!s.inOwnStartLink() && !s.supervised() && !s.inTest()) {
                String started = "started by " + call(s) + " in " + s.module() + "." + s.function()
                        + ", outside any supervisor";
                return gap == null || !listable(m) ? new Supervision(Supervision.Status.NONE, null, s.location(), started)
                        : new Supervision(Supervision.Status.UNKNOWN, null, s.location(), started + partial);
            }
        }
        var fromCallback = ApplicationStarts.of(m, defined);
        if (fromCallback.isPresent()) {
            return ApplicationStarts.supervision(fromCallback.get());
        }
        for (io.github.otpadvisor.facts.RemoteCall c : m.callers()) {
            // Mod.start_link(...) called from another process's code: linked to that process, not supervised.
            if (!c.inTest() && (c.function().equals("start_link") || c.function().equals("start"))
                    && c.fromFunction() != null && !c.fromFunction().startsWith("child_spec/")
                    && !c.fromModule().equals(m.name()) && (c.fromFunction().startsWith("start_link/")
                    || c.fromFunction().startsWith("start/"))) {
                // Registry.start_link/1 calls Registry.Supervisor.start_link: it sits wherever that module is started.
                String through = c.fromModule() + "." + c.fromFunction() + " (" + c.location().file() + ":"
                        + c.location().line() + ")";
                Supervision viaEntry = throughListedStarter(c.fromModule(), through, c.location(), paths);
                if (viaEntry != null) {
                    return viaEntry;
                }
                return new Supervision(Supervision.Status.UNKNOWN, null, c.location(), "started by " + through
                        + ", which calls its " + c.function() + ": it sits wherever " + c.fromModule() + " is "
                        + "started, which the scanned files do not show", null, through, null);
            }
            if (!c.inTest() && (c.function().equals("start_link") || c.function().equals("start"))
                    && c.fromFunction() != null && !c.fromFunction().startsWith("child_spec/")) {
                String started = "started by " + m.name() + "." + c.function() + " called from " + c.fromModule()
                        + "." + c.fromFunction() + ", outside any children list";
                return gap == null || !listable(m) ? new Supervision(Supervision.Status.NONE, null, c.location(), started)
                        : new Supervision(Supervision.Status.UNKNOWN, null, c.location(), started + partial);
            }
        }
        return new Supervision(Supervision.Status.UNKNOWN, null, null,
                "no children list, start_child call or start site in the scanned files starts it" + partial);
    }

    /**
     * Started by {@code starter}'s start_link, which a children list runs (ockam's {@code Ockam.Router}, listed in the
     * application's children, whose start_link starts {@code Router.Storage}): it sits where that entry is, as that
     * entry's process. Null when no tree lists the starter.
     */
    private static Supervision throughListedStarter(String starter, String through, Location at, TreePaths paths) {
        TreePaths.Found found = paths.to(starter, 1, 64);
        if (found.paths().isEmpty()) {
            return null;
        }
        List<SupervisionNode> nodes = found.paths().get(0).nodes();
        String parent = nodes.size() >= 2 ? parentName(nodes.get(nodes.size() - 2)) : null;
        if (parent == null) {
            return null;
        }
        return new Supervision(Supervision.Status.STATIC, parent, at, "started by " + through + ", which "
                + starter + "'s entry in the children of " + parent + " runs", null, through, null);
    }

    /**
     * Whether a children entry {@code M} or {@code {M, arg}} can start it: it has a child_spec/1 of its own or a
     * public start_link/1. One started only by a function such as credo's {@code ExecutionIssues.start_server/1}
     * cannot hide in an unresolved part of a tree, so that start is where it sits.
     */
    private static boolean listable(ProcessModule m) {
        io.github.otpadvisor.facts.ModuleFacts f = m.facts();
        return f.ownChildSpec() != null || f.defines("child_spec", 1) || f.openClauses() || f.usingTemplate() != null
                || f.functions().stream().anyMatch(fn -> fn.name().equals("start_link") && fn.isPublic()
                && fn.acceptsArity(1));
    }

    /** A supervisor node's name: its registered name for library supervisors ({@code {DynamicSupervisor, name: X}}). */
    static String parentName(SupervisionNode n) {
        if (n.spec() != null && n.spec().pool()) {
            return "the " + n.module() + " pool " + n.spec().arg();
        }
        if (n.spec() != null && n.spec().name() != null && n.module() != null && n.module().indexOf('.') < 0
                || n.module() != null && n.module().equals("Task.Supervisor") && n.spec() != null
                && n.spec().name() != null) {
            return n.spec().name().module() != null ? n.spec().name().module() : n.spec().name().text();
        }
        return n.module() != null ? n.module() : n.label();
    }

    /**
     * {@code own} found without {@code dead}, its start_child calls under a supervisor nothing starts
     * ({@link UnstartedSupervisors}): where it is started outside a tree, the sentence names them.
     */
    static Supervision withDeadStarts(Supervision own, List<StartSite> dead) {
        if (dead.isEmpty() || own.status() == Supervision.Status.DYNAMIC || own.status() == Supervision.Status.STATIC) {
            return own;
        }
        StartSite d = dead.get(0);
        return new Supervision(own.status(), own.parent(), own.location(), own.why() + " (" + call(d) + " in "
                + d.module() + "." + d.function() + ", " + d.location().file() + ":" + d.location().line()
                + ", names " + supervisorOf(d) + ", which nothing starts: that call exits with :noproc)",
                own.configuredAt(), own.through(), own.restartedBy());
    }

    private static String supervisorOf(StartSite s) {
        return UnstartedSupervisors.supervisorOf(s);
    }

    private static String call(StartSite s) {
        return s.call().replaceFirst("/\\d+$", "");
    }
}
