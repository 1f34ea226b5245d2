package io.github.otpadvisor.sketch;

import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.SupervisionNode;
import io.github.otpadvisor.project.SupervisionNode.Kind;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an application's supervision tree starts when the application starts (issue 11, "tests that test": a
 * test uses a Registry or singleton the application runs, it does not start a second one): the registered names
 * of its children ({@code Teiserver.ServerRegistry}) and the modules it starts, each with the {@code file:line}
 * of the entry that starts it. Only children reached from an Application module's list count; what is started
 * at runtime through {@code start_child} (a dynamic child and everything below it) does not.
 */
final class RunningNames {
    /** A call whose first argument is a module: {@code configure_mode_dependent_process(Explorer.Market, :api)}. */
    private static final java.util.regex.Pattern HELPER = java.util.regex.Pattern.compile(
            "[a-z_][A-Za-z0-9_]*[?!]?\\(\\s*([A-Z][A-Za-z0-9_]*(?:\\.[A-Z][A-Za-z0-9_]*)*)\\s*[,)]");
    private RunningNames() {
    }

    /** Name or module (Elixir source: an alias or {@code :atom}) -> {@code file:line}; in tree order. */
    static Map<String, String> of(ProjectFacts project, String app) {
        Map<String, SupervisionNode> expandedAt = new LinkedHashMap<>();
        project.trees().values().forEach(roots -> roots.forEach(root -> root.forEach(n -> {
            if (n.module() != null && n.expansion() == SupervisionNode.Expansion.EXPANDED) {
                expandedAt.putIfAbsent(n.module(), n);
            }
        })));
        List<SupervisionNode> roots = app == null ? project.trees().values().stream().flatMap(List::stream).toList()
                : project.trees().getOrDefault(app, List.of());
        Map<String, String> out = new LinkedHashMap<>();
        Set<SupervisionNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<SupervisionNode> todo = new ArrayDeque<>();
        roots.stream().filter(r -> r.kind() == Kind.APPLICATION).forEach(todo::add);
        // a list the Application module starts by calling another module's function (aircloak's Air.start/2 calling
        // Air.Supervisor.start_link/0, whose Supervisor.start_link([...]) is no tree of its own): its entries run too
        for (io.github.otpadvisor.facts.ChildrenList l : startedByApplication(project, app)) {
            for (ChildSpec spec : l.children()) {
                String where = spec.location() == null ? null : spec.location().file() + ":" + spec.location().line();
                String name = name(spec.name());
                if (where != null && name != null) {
                    out.putIfAbsent(name, where);
                }
                if (where != null && spec.resolved()) {
                    out.putIfAbsent(spec.module(), where);
                    SupervisionNode below = expandedAt.get(spec.module());
                    if (below != null) {
                        todo.add(below);
                    }
                }
            }
        }
        // a process the start callback starts itself, outside its tree (gristle's Common.Application.start/2 calling
        // Boss.System.start/0): it runs as well
        for (io.github.otpadvisor.project.ProcessModule m : project.processModules()) {
            if (!m.test() && (app == null || app.equals(m.app()))) {
                io.github.otpadvisor.project.ApplicationStarts.of(m, project.modules()).ifPresent(c -> out.putIfAbsent(
                        m.name(), c.location().file() + ":" + c.location().line()));
            }
        }
        while (!todo.isEmpty()) {
            SupervisionNode n = todo.pop();
            if (n.kind() == Kind.DYNAMIC_CHILD || !seen.add(n)) {
                continue; // started at runtime, not by the tree
            }
            ChildSpec spec = n.spec();
            String where = spec == null || spec.location() == null ? null
                    : spec.location().file() + ":" + spec.location().line();
            if (where != null) {
                String name = name(spec.name());
                if (name != null) {
                    out.putIfAbsent(name, where);
                }
                if (n.module() != null && n.kind() != Kind.UNRESOLVED) {
                    out.putIfAbsent(n.module(), where);
                }
                // An entry a helper builds from the module ({@code configure(Explorer.Market, :api)}) may start
                // it, depending on the configuration: a test looks for it running before it starts one.
                java.util.regex.Matcher helper = HELPER.matcher(spec.text() == null ? "" : spec.text());
                if (n.kind() == Kind.UNRESOLVED && helper.lookingAt()) {
                    out.putIfAbsent(helper.group(1), where);
                }
            }
            SupervisionNode body = n.expansion() == SupervisionNode.Expansion.SHARED && n.module() != null
                    ? expandedAt.getOrDefault(n.module(), n) : n;
            for (int i = body.children().size() - 1; i >= 0; i--) {
                todo.push(body.children().get(i));
            }
        }
        return out;
    }

    /**
     * What the project's test setup starts for every test: what a {@code test_helper.exs} starts itself, and the
     * children lists of its test support modules that it names (gamend's
     * {@code GamendWeb.TestSupport.Runtime.ensure_started/0} starts
     * {@code Gamend.Cache.Sync} and ten more under a supervisor of its own), module -> {@code file:line} of the entry.
     */
    private static Map<String, String> testSupport(ProjectFacts project) {
        Set<String> named = new java.util.HashSet<>();
        project.files().stream().filter(f -> f.file().endsWith("test_helper.exs"))
                .forEach(f -> f.moduleRefs().forEach(r -> named.add(r.name())));
        Map<String, String> out = new LinkedHashMap<>();
        // a test_helper.exs that starts it itself (tymeslot's {:ok, _} = Tymeslot.Security.RateLimiter.start_link())
        project.files().stream().filter(f -> f.file().endsWith("test_helper.exs")).forEach(f -> {
            f.testStarts().stream().filter(t -> t.runsIn() == null && !t.resultChecked())
                    .forEach(t -> out.putIfAbsent(t.target(), t.location().file() + ":" + t.location().line()));
        });
        for (io.github.otpadvisor.facts.FileFacts f : project.files()) {
            if (!f.test() || f.file().endsWith("_test.exs")) {
                continue;
            }
            for (io.github.otpadvisor.facts.ChildrenList l : f.childrenLists()) {
                if (l.module() == null || !named.contains(l.module())) {
                    continue;
                }
                for (ChildSpec spec : l.children()) {
                    if (spec.resolved() && spec.location() != null) {
                        out.putIfAbsent(spec.module(), spec.location().file() + ":" + spec.location().line());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The production children lists of {@code app} given in a function an Application module of the project calls
     * ({@code Air.Supervisor.start_link/0} from {@code Air.start/2}), outside any tree the linking drew.
     */
    private static List<io.github.otpadvisor.facts.ChildrenList> startedByApplication(ProjectFacts project, String app) {
        Set<String> called = new java.util.HashSet<>();
        project.modules().values().stream().filter(io.github.otpadvisor.facts.ModuleFacts::application)
                .forEach(m -> called.addAll(m.callsTo()));
        return project.productionChildrenLists(app).stream().filter(l -> l.module() != null && l.function() != null
                && called.contains(l.module() + "." + l.function())).toList();
    }

    /**
     * The same for a test of {@code module}: also the module itself when a boot step starts it (a start_child its
     * application's start-up reaches), with that start's {@code file:line}, in a project whose application starts
     * anything at all.
     */
    static Map<String, String> around(ProjectFacts project, String app, String module) {
        Map<String, String> out = of(project, app);
        testSupport(project).forEach(out::putIfAbsent);
        // a project whose application starts nothing (a library: alchemy's Client is started by its users' code)
        // runs none of its supervisors' children in its own tests
        if (!out.isEmpty() && project.processModule(module).isPresent()) {
            io.github.otpadvisor.project.StartRate rate = project.startRate(module);
            if (rate.kind() == io.github.otpadvisor.project.StartRate.Kind.BOOT && rate.location() != null) {
                out.putIfAbsent(module, rate.location().file() + ":" + rate.location().line());
            }
        }
        return out;
    }

    /** The registered name of a child spec as Elixir source, or null. */
    private static String name(NameRef n) {
        if (n == null) {
            return null;
        }
        return ElixirNames.nameLiteral(n.kind() == NameRef.Kind.MODULE ? n.module()
                : n.kind() == NameRef.Kind.ATOM ? n.text() : null);
    }
}
