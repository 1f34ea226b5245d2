package io.github.otpadvisor.assess;

import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.Target;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.Supervision;
import io.github.otpadvisor.project.SupervisionNode;

/**
 * How a process module is started and found today, in the placement names of RULEBOOK §3, from its
 * {@link Supervision} and the calls that start it: a static child; {@code DynamicSupervisor + Registry}
 * when {@code DynamicSupervisor.start_child} starts it (a Registry name or not); {@code PartitionSupervisor}
 * when it sits under one or is started through a {@code {:via, PartitionSupervisor, _}} name;
 * {@code Task.Supervisor} when a Task.Supervisor starts it.
 *
 * @param placement its placement, or null when it is started outside any supervisor (or not known)
 * @param known     whether the project shows how it is started: false when its supervision is
 *                  {@code unknown} or the only unsupervised starts are in scripts, so no verdict rests on it
 * @param template  started at run time as the child template of a {@code :simple_one_for_one} Supervisor (the
 *                  pre-1.6 DynamicSupervisor): the words name that supervisor, not a DynamicSupervisor
 */
public record TodayPlacement(Placement placement, boolean known, boolean template) {
    static final TodayPlacement UNKNOWN = new TodayPlacement(null, false);

    public TodayPlacement(Placement placement, boolean known) {
        this(placement, known, false);
    }

    static TodayPlacement of(ProcessModule m, Supervision s) {
        return of(m, s, null);
    }

    /** With the project, a {@code {:via, PartitionSupervisor, _}} name held in a variable is recognized too. */
    static TodayPlacement of(ProcessModule m, Supervision s, ProjectFacts project) {
        return switch (s.status()) {
            case UNKNOWN -> UNKNOWN;
            case NONE -> m.startSites().stream().anyMatch(x -> unsupervised(m, x) && !watchedByItsStarter(x, project))
                    || io.github.otpadvisor.project.ApplicationStarts.startedThere(s)
                    ? new TodayPlacement(null, true) : UNKNOWN;
            case STATIC -> new TodayPlacement(partition(s.parent()) || partitioned(m, project)
                    ? Placement.PARTITION_SUPERVISOR : Placement.STATIC_CHILD, true);
            case DYNAMIC -> new TodayPlacement(dynamic(m, project), true, project != null && s.parent() != null
                    && project.simpleOneForOne(s.parent()).isPresent());
        };
    }

    /**
     * A call that starts the module's own process outside any supervisor, as far as the project shows: in
     * another module (a module's own start function is its API, its callers decide), not a Task running
     * one of its functions, not a linked helper started while its starter starts or initializes (owned by
     * a process that is itself supervised), not in tests or scripts.
     */
    private static boolean unsupervised(ProcessModule m, StartSite s) {
        if (s.inOwnStartLink() || s.supervised() || s.inTest() || s.inScript() || m.name().equals(s.module())) {
            return false;
        }
        boolean task = switch (s.kind()) {
            case TASK_START, TASK_START_LINK, TASK_ASYNC, TASK_ASYNC_STREAM, TASK_SUPERVISOR -> true;
            default -> false;
        };
        if (task && m.abstraction() != io.github.otpadvisor.facts.Abstraction.TASK) {
            return false;
        }
        String f = s.function() == null ? "" : s.function();
        return !(s.linked() && (f.startsWith("start_link/") || f.startsWith("start/") || f.startsWith("init/")));
    }

    /**
     * A linked start inside a process that handles the {@code :DOWN} of what it starts and starts it again (a
     * monitor keeping a {@code {:global, _}} singleton alive): that process supervises it, by hand.
     */
    private static boolean watchedByItsStarter(StartSite s, ProjectFacts project) {
        return project != null && s.linked() && s.has(StartSite.Trait.IN_PROCESS_MODULE) && s.module() != null
                && project.module(s.module()).map(o -> o.clauses("handle_info").stream()
                        .anyMatch(c -> "DOWN".equals(c.messageTag()))).orElse(false);
    }

    /** Started at runtime: by the kind of call that starts it, the most specific first. */
    private static Placement dynamic(ProcessModule m, ProjectFacts project) {
        if (m.dynamicStarts().isEmpty() && pooled(m, project)) {
            return Placement.WORKER_POOL;
        }
        boolean dynamicSupervisor = false;
        boolean supervisorStartChild = false;
        for (StartSite s : m.dynamicStarts()) {
            if (viaPartition(s.supervisor()) || namesPartition(s.supervisor(), project)) {
                return Placement.PARTITION_SUPERVISOR;
            }
            if (s.call() != null && s.call().startsWith("Supervisor.")) {
                supervisorStartChild = true;
            } else {
                dynamicSupervisor = true;
            }
        }
        if (dynamicSupervisor) {
            return Placement.DYNAMIC_SUPERVISOR_REGISTRY;
        }
        if (m.startSites().stream().anyMatch(s -> s.kind() == StartSite.Kind.TASK_SUPERVISOR)) {
            return Placement.TASK_SUPERVISOR;
        }
        // Supervisor.start_child adds one more child to a regular supervisor.
        return supervisorStartChild ? Placement.STATIC_CHILD : Placement.DYNAMIC_SUPERVISOR_REGISTRY;
    }

    /** A PartitionSupervisor in the project's trees runs its partitions of it ({@code child_spec: Module}). */
    private static boolean partitioned(ProcessModule m, ProjectFacts project) {
        return anyNode(project, n -> n.kind() == SupervisionNode.Kind.PARTITION_SUPERVISOR && n.spec() != null
                && m.name().equals(n.spec().partitionChild()));
    }

    /** A pool in the project's trees starts it ({@code :poolboy.child_spec} naming it its worker module). */
    private static boolean pooled(ProcessModule m, ProjectFacts project) {
        return anyNode(project, n -> n.spec() != null && n.spec().pool() && m.name().equals(n.spec().partitionChild()));
    }

    /** Some node of the project's trees is one {@code test} accepts. */
    private static boolean anyNode(ProjectFacts project, java.util.function.Predicate<SupervisionNode> test) {
        if (project == null) {
            return false;
        }
        boolean[] found = {false};
        project.trees().values().forEach(roots -> roots.forEach(root -> root.forEach(n -> found[0] |= test.test(n))));
        return found[0];
    }

    private static boolean viaPartition(Target t) {
        return t != null && t.kind() == Target.Kind.VIA && t.text() != null && t.text().contains("PartitionSupervisor");
    }

    /** A via name whose registry is the name of a PartitionSupervisor in the project's trees. */
    private static boolean namesPartition(Target t, ProjectFacts project) {
        return t != null && t.kind() == Target.Kind.VIA && t.module() != null && anyNode(project, n ->
                n.kind() == SupervisionNode.Kind.PARTITION_SUPERVISOR && n.spec() != null && n.spec().name() != null
                        && t.module().equals(n.spec().name().module()));
    }

    private static boolean partition(String parent) {
        return parent != null && parent.startsWith("PartitionSupervisor");
    }

    /** The placement's label, or null. */
    public String label() {
        return placement == null ? null : placement.label();
    }

    /**
     * Today's placement as a reader checks it against the code: the label, except that a module started under a
     * DynamicSupervisor but registered through no Registry is not said to be found through one (hedgehog's traders,
     * tracked by pid and monitor by their leader); null when not known, as for {@link #label()}.
     */
    public String words(ProcessModule m) {
        if (!known) {
            return null;
        }
        if (placement == null) {
            return "started outside any supervisor";
        }
        Found found = found(m);
        String under = template ? "a :simple_one_for_one Supervisor" : "DynamicSupervisor";
        if (found != null) {
            return under + ", " + found.phrase();
        }
        return template && placement == Placement.DYNAMIC_SUPERVISOR_REGISTRY ? under + " (its child template)"
                : placement.label();
    }

    /** How a per-entity process started under a DynamicSupervisor is found today when no Registry finds it. */
    public enum Reach { PID, GLOBAL, SINGLETON, DYNAMIC_ATOM, FIXED, VIA }

    /** {@link Reach} with the words for it ({@code found by a :global name (no Registry)}). */
    public record Found(Reach reach, String phrase) {
    }

    /**
     * How it is found today, when it is started under a DynamicSupervisor, registered through no Registry, and the
     * code shows how; null otherwise (a name is there but could not be read: a helper of another module builds it,
     * streampai's {@code RegistryHelpers.via_tuple/2}, which may well be a Registry's).
     */
    public Found found(ProcessModule m) {
        if (!known || placement != Placement.DYNAMIC_SUPERVISOR_REGISTRY || registered(m)) {
            return null;
        }
        if (m.startedOnlyThrough("Singleton.")) {
            return new Found(Reach.SINGLETON, "one for the whole cluster, started by the singleton library under a"
                    + " :global name (no Registry)");
        }
        NameRef n = m.names().stream().filter(x -> !x.lookup()).findFirst().orElse(null);
        if (n != null) {
            return switch (n.kind()) {
                case GLOBAL -> new Found(Reach.GLOBAL, "found by a :global name (no Registry)");
                case VIA_OTHER -> n.module() == null ? null
                        : new Found(Reach.VIA, "found through " + n.module() + " (a via name)");
                case DYNAMIC_ATOM -> new Found(Reach.DYNAMIC_ATOM, "found by an atom name built at run time (no Registry)");
                case MODULE, ATOM -> new Found(Reach.FIXED, "registered under one fixed name (no Registry)");
                default -> null;
            };
        }
        ModuleFacts.StartCode start = m.facts().startLink();
        // a Registry.register anywhere in its code (teiserver's ClientServer registers in init/1; the name is the
        // registry's, not listed as the module's own)
        boolean named = start != null && NAMED.matcher(start.body()).find()
                || m.startSites().stream().anyMatch(x -> x.name() != null)
                || m.facts().callsTo().stream().anyMatch(c -> c.startsWith("Registry.register/")
                || c.startsWith("Process.register/") || c.startsWith(":global.register_name/"));
        return named ? null : new Found(Reach.PID, "found by the pid its start returns (no Registry)");
    }

    /**
     * A Registry name it starts under, or one its own process registers ({@code Registry.register} in its callbacks:
     * the same call in an API function registers the caller instead).
     */
    private static boolean registered(ProcessModule m) {
        return m.names().stream().anyMatch(n -> !n.lookup() && n.kind() == NameRef.Kind.VIA_REGISTRY
                && !("Registry.register".equals(n.context()) && !callback(n.function())));
    }

    private static boolean callback(String function) {
        return function != null && (function.startsWith("init/") || function.startsWith("handle_"));
    }

    /** A start that passes a name or registers one, in a form the names could not read. */
    private static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile(
            "\\bname:|\\bvia|register\\(|:global\\b");
}
