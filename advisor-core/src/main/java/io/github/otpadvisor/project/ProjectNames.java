package io.github.otpadvisor.project;

import io.github.otpadvisor.elixir.syntax.ElixirNames;
import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ChildrenList;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The Registry, DynamicSupervisor, Task.Supervisor and PartitionSupervisor a module's code and its
 * application already run, so advice (findings and sketches alike) reuses them instead of inventing
 * new ones. What the module itself uses comes first, then children listed in its own application's
 * production files. Names are Elixir source ({@link ElixirNames#nameLiteral}) or null; the
 * {@code ...OrDefault} forms fall back to a name in the application's namespace, the same one every
 * piece of advice uses.
 */
public final class ProjectNames {
    private final ProcessModule module;
    private final List<ChildSpec> specs;
    /** The children the application module itself lists: started whenever the application runs. */
    private final List<ChildSpec> rootSpecs;
    private final String namespace;
    /** The module's own name, for the nearest of several candidates ({@code Realtime.RateCounter}); may be null. */
    private final String near;
    /** Registries the module's own code registers in ({@code Registry.register(Shop.Registry, key, v)}). */
    private final List<String> ownRegistries;
    /** The camelized application name ({@code realtime} gives {@code Realtime}), or null. */
    private final String appNamespace;

    private ProjectNames(ProcessModule module, AppChildren children, String namespace, String near,
                         List<String> ownRegistries) {
        this.module = module;
        this.specs = children.all();
        this.rootSpecs = children.root();
        this.namespace = namespace;
        this.near = near;
        this.ownRegistries = ownRegistries;
        this.appNamespace = children.app() == null || !children.app().matches("[a-z][a-z0-9_]*") ? null
                : ElixirNames.camelize(children.app());
    }

    /** An application's children: all of them in file order, and those its Application module lists itself. */
    private record AppChildren(List<ChildSpec> all, List<ChildSpec> root, String app) {
    }

    /** The names around a process module. */
    public static ProjectNames of(ProcessModule module, ProjectFacts project) {
        AppChildren children = specsByApp(project, module.app());
        return new ProjectNames(module, children, ElixirNames.namespace(module.name(), module.app()), module.name(),
                ownRegistries(module.name(), project, children));
    }

    /**
     * The unique-keys registries the module's process registers itself in: {@code Registry.register} in a callback
     * that runs in that process ({@code init/1}, {@code handle_*}), in file order. One called from a client function
     * registers the caller, and a {@code keys: :duplicate} registry is a PubSub, not a name.
     */
    private static List<String> ownRegistries(String module, ProjectFacts project, AppChildren children) {
        List<String> out = new ArrayList<>();
        project.fileOf(module).ifPresent(f -> f.names().stream()
                .filter(n -> n.kind() == NameRef.Kind.VIA_REGISTRY && "Registry.register".equals(n.context())
                        && module.equals(n.owner()) && ModuleFacts.IN_PROCESS_CALLBACKS.contains(n.function()))
                .map(n -> ElixirNames.nameLiteral(n.module())).filter(Objects::nonNull)
                .filter(r -> children.all().stream().noneMatch(c -> "Registry".equals(c.module()) && r.equals(nameOf(c))
                        && c.arg() != null && c.arg().contains(":duplicate")))
                .forEach(out::add));
        return out;
    }

    /** The names around any module's code ({@code module} may be null for code outside modules). */
    public static ProjectNames around(String module, String app, ProjectFacts project) {
        ProcessModule pm = module == null ? null : project.processModule(module).orElse(null);
        return pm != null ? of(pm, project)
                : new ProjectNames(null, specsByApp(project, app), ElixirNames.namespace(module, app), module, List.of());
    }

    /**
     * Where a name the project lacks is added, in words: {@code the application's children} when its application
     * has a {@code use Application} module; else the children of the supervisor at the top of the tree that runs
     * {@code module} (a library's users start that tree: alchemy's {@code Alchemy.Client}), or, when no tree runs it,
     * the tree its users start.
     */
    public static String newChildPlace(ProjectFacts project, String module, String app) {
        if (app == null || project.hasApplicationModule(app)) {
            return "the application's children";
        }
        String what = app + " has no Application module: its users start its tree";
        TreePaths.Found found = module == null ? null : project.treePaths().to(module, 1, 64);
        SupervisionNode top = found == null || found.paths().isEmpty() ? null : found.paths().get(0).nodes().get(0);
        return top != null && top.module() != null && !top.module().equals(module)
                ? "the children of " + top.module() + " (the top of the tree that runs it; " + what + ")"
                : "the supervision tree that runs it (" + what + ")";
    }

    /** The application's namespace ({@code ShopCore}) for names the project lacks. */
    public String namespace() {
        return namespace;
    }

    /**
     * A Registry with unique keys: the one its via names use, the one its own code registers in, or the nearest
     * one in a children list.
     */
    public String registry() {
        String own = ownRegistry();
        return own != null ? own : childName(c -> "Registry".equals(c.module()) && (c.arg() == null || !c.arg().contains(":duplicate")));
    }

    /** The Registry the module itself registers in (its via names, its own {@code Registry.register}), or null. */
    public String ownRegistry() {
        if (!ownRegistries.isEmpty()) {
            return ownRegistries.get(0);
        }
        if (module != null) {
            for (NameRef n : module.names()) {
                if (n.kind() == NameRef.Kind.VIA_REGISTRY) {
                    String name = ElixirNames.nameLiteral(n.module());
                    if (name != null) {
                        return name;
                    }
                }
            }
        }
        return null;
    }

    /** The DynamicSupervisor that starts the module today, else one in a children list. */
    public String dynamicSupervisor() {
        if (module != null) {
            for (StartSite s : module.dynamicStarts()) {
                Target t = s.supervisor();
                if (t != null && t.kind() == Target.Kind.MODULE && !isPartitionSupervisor(t.module())) {
                    String name = ElixirNames.nameLiteral(t.module());
                    if (name != null) {
                        return name;
                    }
                }
            }
        }
        return childName(c -> "DynamicSupervisor".equals(c.module()));
    }

    /**
     * A general-purpose Task.Supervisor of the application: {@code MyApp.TaskSupervisor} wherever it is listed, else
     * one the application module lists itself. One named for a subsystem's job inside that subsystem's supervisor
     * ({@code MyApp.Catchup.TaskSupervisor}) is never offered: it may not run, and it is not the caller's to use.
     */
    public String taskSupervisor() {
        String general = childName(c -> "Task.Supervisor".equals(c.module())
                && generalTaskSupervisor(ElixirNames.nameLiteral(nameOf(c))));
        return general != null ? general : rootSpecs.stream().filter(c -> "Task.Supervisor".equals(c.module()))
                .map(ProjectNames::nameOf).map(ElixirNames::nameLiteral).filter(Objects::nonNull).findFirst()
                .orElse(null);
    }

    /** {@code MyApp.TaskSupervisor}: named for the application, not for one subsystem's job. */
    private static boolean generalTaskSupervisor(String name) {
        return name != null && name.matches("([A-Z][A-Za-z0-9_]*\\.)?TaskSupervisor");
    }

    /**
     * A PartitionSupervisor of Task.Supervisors in the application ({@code {PartitionSupervisor, child_spec:
     * Task.Supervisor, name: MyApp.TaskSupervisors}}), as the via name to start tasks with, or null.
     */
    public String partitionedTaskSupervisor() {
        String name = childName(c -> "PartitionSupervisor".equals(c.module()) && "Task.Supervisor".equals(c.partitionChild()));
        return name == null ? null : "{:via, PartitionSupervisor, {" + name + ", self()}}";
    }

    /**
     * A Task.Supervisor another application of the project runs (an umbrella sibling the module's application
     * may depend on), with that application's name: {@code [name, app]}, or null.
     */
    public static String[] taskSupervisorElsewhere(ProjectFacts project, String app) {
        for (FileFacts f : project.files()) {
            if (f.test() || f.app() == null || f.app().equals(app)) {
                continue;
            }
            for (ChildrenList l : f.childrenLists()) {
                for (ChildSpec c : l.children()) {
                    String name = "Task.Supervisor".equals(c.module()) ? ElixirNames.nameLiteral(nameOf(c)) : null;
                    if (generalTaskSupervisor(name)) {
                        return new String[] {name, f.app()};
                    }
                }
            }
        }
        return null;
    }

    /** A PartitionSupervisor of DynamicSupervisors: the one starting the module today, else any. */
    public String partitionSupervisor() {
        if (module != null) {
            for (StartSite s : module.dynamicStarts()) {
                Target t = s.supervisor();
                if (t != null && t.kind() == Target.Kind.VIA && isPartitionSupervisor(t.module())) {
                    String name = ElixirNames.nameLiteral(t.module());
                    if (name != null) {
                        return name;
                    }
                }
            }
        }
        return childName(ProjectNames::partitionOfDynamicSupervisors);
    }

    public String registryOrDefault() {
        return Objects.requireNonNullElse(registry(), defaultRegistry(namespace));
    }

    public String taskSupervisorOrDefault() {
        return Objects.requireNonNullElse(taskSupervisor(), defaultTaskSupervisor(namespace));
    }

    /** The names advice uses when a project has none of its own. */
    public static String defaultRegistry(String namespace) {
        return namespace + ".Registry";
    }

    public static String defaultDynamicSupervisor(String namespace) {
        return namespace + ".WorkerSupervisor";
    }

    public static String defaultPartitionSupervisor(String namespace) {
        return namespace + ".DynamicSupervisors";
    }

    public static String defaultTaskSupervisor(String namespace) {
        return namespace + ".TaskSupervisor";
    }

    private boolean isPartitionSupervisor(String name) {
        return name != null && specs.stream().anyMatch(c -> partitionOfDynamicSupervisors(c)
                && name.equals(nameOf(c)));
    }

    private static boolean partitionOfDynamicSupervisors(ChildSpec c) {
        return "PartitionSupervisor".equals(c.module()) && "DynamicSupervisor".equals(c.partitionChild());
    }

    /**
     * The listed name nearest the module: of its own namespace (its first segment, or the application's), the one
     * sharing the most leading segments with it, the first listed on a tie. Another subsystem's name
     * ({@code Extensions.PostgresCdcRls.DynamicSupervisor} for {@code Realtime.RateCounter}) is not offered: advice
     * adds one of its own instead.
     */
    private String childName(Predicate<ChildSpec> which) {
        List<String> names = specs.stream().filter(which).map(ProjectNames::nameOf).map(ElixirNames::nameLiteral)
                .filter(Objects::nonNull).toList();
        String best = null;
        int bestShared = -1;
        for (String n : names) {
            int shared = sharedSegments(n);
            if (shared > bestShared) {
                best = n;
                bestShared = shared;
            }
        }
        return best;
    }

    /**
     * How near {@code name} is to the module: the length of the namespace it is named for (its segments before
     * the first that names a registry or supervisor: {@code Realtime.Registry.Unique} is Realtime's,
     * {@code Realtime.Tenants.Migrations.DynamicSupervisor} is Realtime.Tenants.Migrations'), when that namespace
     * encloses the module (or is its application's); -1 when it does not (another subsystem's name); 0 for an
     * atom name or an unknown module (nothing to compare with).
     */
    private int sharedSegments(String name) {
        if (near == null || !ElixirNames.isAlias(name) || !ElixirNames.isAlias(near)) {
            return 0;
        }
        String[] a = name.split("\\.");
        String[] b = near.split("\\.");
        int owner = 0;
        while (owner < a.length - 1 && !a[owner].contains("Registr") && !a[owner].contains("Supervisor")) {
            owner++;
        }
        if (owner == 1 && a[0].equals(appNamespace)) {
            return 1;
        }
        // The web side uses its base's names (ShopWeb.Live may use Shop.Registry).
        if (owner == 0) {
            return 0;
        }
        if (owner > b.length || !b[0].startsWith(a[0])) {
            return -1;
        }
        for (int i = 1; i < owner; i++) {
            if (!a[i].equals(b[i])) {
                return -1;
            }
        }
        return owner;
    }

    /** The {@code name:} of a child as Elixir source: the alias for module names, the atom as written. */
    private static String nameOf(ChildSpec c) {
        NameRef n = c.name();
        if (n == null) {
            return null;
        }
        return n.kind() == NameRef.Kind.MODULE ? n.module() : n.kind() == NameRef.Kind.ATOM ? n.text() : null;
    }

    /**
     * Children of production files in file order: of the module's own application only (another OTP
     * application's Registry is not its to use), or of every file when its application is unknown; then those
     * an Application module lists itself.
     */
    private static AppChildren specsByApp(ProjectFacts project, String app) {
        List<ChildSpec> out = new ArrayList<>();
        List<ChildSpec> root = new ArrayList<>();
        for (ChildrenList l : project.productionChildrenLists(app)) {
            out.addAll(l.children());
            if (l.module() != null && project.module(l.module()).map(m -> m.application()).orElse(false)) {
                root.addAll(l.children());
            }
        }
        return new AppChildren(out, root, app);
    }
}
