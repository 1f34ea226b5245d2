package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.ModuleRef;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.Supervision;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.RuleInfo;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * OTP015: a production process module that defines its own {@code start_link} while nothing in the scanned files
 * starts it or even names it: no children list, {@code start_child}, start call or supervision path (the project
 * model's links), and no other module, config file, mix.exs or script naming it (module attributes, config lists,
 * {@code Module.concat}, {@code Enum.map} over modules all name it). A module that uses a library macro or
 * implements a library behaviour may be started by that library: silent. A module only tests name is reported as
 * such. Reported on the {@code start_link} definition.
 */
@RuleInfo(id = "OTP015", name = "orphan-process-module", severity = Severity.INFO,
        summary = "A process module defines start_link but nothing in the scanned tree starts or names it.")
public final class OrphanProcessModule implements Rule {
    /** Behaviours whose processes only a children list, a start_child or a start call of the project starts. */
    private static final Set<String> OWN_BEHAVIOURS = Set.of("GenServer", "Agent", "Task", "Supervisor",
            "DynamicSupervisor", "GenStateMachine", ":gen_server", ":gen_statem", ":supervisor", "Application");
    /** {@code use} lines that start nothing: data, helpers, instrumentation. */
    private static final Set<String> INERT_USES = Set.of("Ecto.Schema", "TypedStruct", "Bitwise", "Gettext",
            "Tesla", "Tesla.Builder", "Logger", "Memoize", "Decorator.Define", "Phoenix.VerifiedRoutes");

    @Override
    public List<Finding> check(RuleContext context) {
        ProjectFacts project = context.project();
        List<Finding> out = new ArrayList<>();
        // Per application and per file, computed once: a large umbrella has hundreds of process modules.
        Map<String, Boolean> libraries = new HashMap<>();
        Map<String, FileFacts> fileByName = new HashMap<>();
        project.files().forEach(f -> fileByName.putIfAbsent(f.file(), f));
        References refs = null;
        for (ProcessModule pm : project.processModules()) {
            ModuleFacts m = pm.facts();
            if (pm.test() || m.application() || libraries.computeIfAbsent(pm.app(), a -> library(project, a))) {
                continue; // a library's process modules are started by the applications that depend on it
            }
            Optional<FunctionInfo> startLink = ownStartLink(fileByName.get(pm.file()), pm);
            if (startLink.isEmpty() || libraryMayStart(pm, project) || started(pm, project)) {
                continue;
            }
            refs = refs == null ? new References(project) : refs;
            if (!refs.of(pm, false).isEmpty()) {
                continue;
            }
            out.add(new Finding(info().id(), info().severity(), pm.file(), startLink.get().location().line(),
                    startLink.get().location().column(), pm.name(), message(pm, startLink.get(), refs), null));
        }
        return out;
    }

    /** No {@code use Application} module in its app, or a Hex package: users start its process modules. */
    private static boolean library(ProjectFacts project, String app) {
        return !project.hasApplicationModule(app) || hexPackage(project, app);
    }

    /**
     * Its mix.exs describes a Hex package ({@code package: package()}): a library whose users list its process
     * modules in their own trees or name them in its options ({@code plugins: [Oban.Plugins.Gossip]}).
     */
    private static boolean hexPackage(ProjectFacts project, String app) {
        return project.files().stream().filter(f -> f.file().endsWith("mix.exs") && Objects.equals(f.app(), app))
                .flatMap(f -> f.modules().stream())
                .anyMatch(mm -> mm.uses().contains("Mix.Project") && mm.defines("package", 0));
    }

    /** Its own {@code start_link} (not one a macro's quote gives it), from the file's facts before linking. */
    private static Optional<FunctionInfo> ownStartLink(FileFacts file, ProcessModule pm) {
        if (file == null) {
            return Optional.empty();
        }
        for (ModuleFacts raw : file.modules()) {
            if (raw.name().equals(pm.name())) {
                return raw.functions().stream().filter(fn -> fn.name().equals("start_link")).findFirst();
            }
        }
        return Optional.empty();
    }

    /**
     * A {@code use} of a library macro or a library behaviour ({@code use Commanded.Event.Handler},
     * {@code @behaviour :ranch_protocol}): the library may start it from configuration the rule cannot see.
     */
    private static boolean libraryMayStart(ProcessModule pm, ProjectFacts project) {
        ModuleFacts m = pm.facts();
        for (String u : m.uses()) {
            if (!OWN_BEHAVIOURS.contains(u) && !INERT_USES.contains(u) && project.module(u).isEmpty()) {
                return true;
            }
        }
        return m.behaviours().stream().anyMatch(b -> !OWN_BEHAVIOURS.contains(b) && project.module(b).isEmpty());
    }

    /** The project model links a start to it: a tree path, a children list, a start_child, a start from elsewhere. */
    private static boolean started(ProcessModule pm, ProjectFacts project) {
        Supervision s = project.supervision(pm);
        if (s.status() == Supervision.Status.STATIC || s.status() == Supervision.Status.DYNAMIC
                || !pm.supervisedBy().isEmpty() || !pm.dynamicStarts().isEmpty()) {
            return true;
        }
        return pm.startSites().stream().anyMatch(site -> !site.inTest() && !pm.name().equals(site.module()));
    }

    /**
     * Every module reference of the project, indexed by name, so that asking who names a module is a lookup: exact
     * names, {@code Module.concat} prefixes ({@code MyApp.Stages.*}), and names under a module that no file defines
     * ({@code MyApp.Fetcher.Supervisor}: a module a macro generates in the process module's namespace, which may
     * start it, as blockscout's {@code use Indexer.Fetcher} does).
     */
    private static final class References {
        private final ProjectFacts project;
        /** Per test flag ({@code false}: production, config and scripts; {@code true}: test files). */
        private final Map<Boolean, TreeMap<String, List<Named>>> byName = new HashMap<>();
        private final Map<Boolean, List<Named>> prefixes = new HashMap<>();
        /**
         * {@code *.System} references ({@code Module.concat(module, System)}) by test flag, and the modules they may
         * start: a process module so named counts as named when its first segments are named too
         * ({@code Peripherals.Gpio} in a node's module list, gristle's {@code Peripherals.Gpio.System}).
         */
        private final Map<Boolean, List<Named>> suffixes = new HashMap<>();
        private final Map<Boolean, Set<String>> namedHeads = new HashMap<>();

        /** A reference and the file it is in. */
        private record Named(ModuleRef ref, String file) {
        }

        References(ProjectFacts project) {
            this.project = project;
            for (boolean tests : new boolean[] {false, true}) {
                byName.put(tests, new TreeMap<>());
                prefixes.put(tests, new ArrayList<>());
                suffixes.put(tests, new ArrayList<>());
                namedHeads.put(tests, new HashSet<>());
            }
            Set<String> processes = new HashSet<>();
            project.processModules().forEach(pm -> processes.add(pm.name()));
            Set<String> heads = new HashSet<>();
            for (FileFacts f : project.files()) {
                for (ModuleRef r : f.moduleRefs()) {
                    if (r.name().startsWith("*.")) {
                        suffixes.get(f.test()).add(new Named(r, f.file()));
                        processes.stream().filter(r::mayName)
                                .forEach(p -> heads.add(p.substring(0, p.length() - r.name().length() + 1)));
                        continue;
                    }
                    if (!r.name().endsWith(".*") && !namesOrIsUnder(r.name(), processes)) {
                        continue; // only process modules are asked about: a large tree has millions of other names
                    }
                    Named n = new Named(r, f.file());
                    if (r.name().endsWith(".*")) {
                        prefixes.get(f.test()).add(n);
                    } else {
                        byName.get(f.test()).computeIfAbsent(r.name(), k -> new ArrayList<>()).add(n);
                    }
                }
            }
            if (!heads.isEmpty()) {
                project.files().forEach(f -> f.moduleRefs().stream().filter(r -> heads.contains(r.name()))
                        .forEach(r -> namedHeads.get(f.test()).add(r.name())));
            }
        }

        /** Whether {@code name} is one of {@code processes} or a name under one ({@code MyApp.Fetcher.Supervisor}). */
        private static boolean namesOrIsUnder(String name, Set<String> processes) {
            if (processes.contains(name)) {
                return true;
            }
            for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
                if (processes.contains(name.substring(0, dot))) {
                    return true;
                }
            }
            return false;
        }

        /** The references that name {@code pm} outside its own code; only those in test files when {@code tests}. */
        List<ModuleRef> of(ProcessModule pm, boolean tests) {
            List<ModuleRef> out = new ArrayList<>();
            TreeMap<String, List<Named>> names = byName.get(tests);
            add(out, pm, names.getOrDefault(pm.name(), List.of()));
            String under = pm.name() + ".";
            for (Map.Entry<String, List<Named>> e : names.subMap(under, under + Character.MAX_VALUE).entrySet()) {
                if (project.module(e.getKey()).isEmpty()) {
                    add(out, pm, e.getValue());
                }
            }
            add(out, pm, prefixes.get(tests).stream()
                    .filter(n -> n.ref().mayName(pm.name()) || n.ref().name().startsWith(under)).toList());
            add(out, pm, suffixes.get(tests).stream().filter(n -> n.ref().mayName(pm.name()) && namedHeads.get(tests)
                    .contains(pm.name().substring(0, pm.name().length() - n.ref().name().length() + 1))).toList());
            return out;
        }

        private static void add(List<ModuleRef> out, ProcessModule pm, List<Named> named) {
            for (Named n : named) {
                boolean own = pm.name().equals(n.ref().fromModule()) && n.file().equals(pm.file());
                if (!own) {
                    out.add(n.ref());
                }
            }
        }
    }

    private static String message(ProcessModule pm, FunctionInfo startLink, References refs) {
        // {M, opts} calls start_link/1: a module with another arity needs a spec that names its call
        String entry = startLink.arity() == 1 ? "{" + pm.name() + ", opts}" : "%{id: " + pm.name() + ", start: {"
                + pm.name() + ", :start_link, [" + String.join(", ", java.util.Collections.nCopies(startLink.arity(),
                "arg")) + "]}}";
        String head = pm.name() + " is a " + pm.abstraction().label() + " with start_link/" + startLink.arity()
                + ", but no children list, start_child call, child spec or start call in the scanned files starts it";
        List<StartSite> testStarts = pm.startSites().stream().filter(StartSite::inTest).toList();
        List<ModuleRef> testRefs = refs.of(pm, true);
        if (!testStarts.isEmpty() || !testRefs.isEmpty()) {
            String where = !testStarts.isEmpty() ? CallSiteText.at(testStarts.get(0).location())
                    : CallSiteText.at(testRefs.get(0).location());
            return head + ", and only tests name it (" + where + "): production never runs it. List it in the"
                    + " children of the supervisor that owns its work (" + entry + "), or move it under"
                    + " test/support if it only serves the tests.";
        }
        String own = pm.startSites().stream().filter(s -> !s.inTest() && pm.name().equals(s.module())
                && !s.inOwnStartLink()).findFirst()
                .map(s -> " (its own " + s.function() + " starts it at line " + s.location().line()
                        + ", and nothing outside it calls that)").orElse("");
        return head + own + ", and no other module, config file or mix.exs names it. Unless something outside the"
                + " scanned files starts it (an Erlang source, a dependency's configuration), it never runs: list it"
                + " in a supervisor's children (" + entry + ") where its work belongs, or delete it.";
    }
}
