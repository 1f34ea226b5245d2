package io.github.otpadvisor.assess;

import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.DecisionModel;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.decision.Question;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.project.ProcessModule;

/**
 * What the framework's answer becomes for a module of today's code: the refinements RULEBOOK §3 puts
 * before the questions that depend on the module's form and on how it is started today.
 */
final class Recommendations {
    private static final String DYNAMIC_WHY = DecisionModel.DYNAMIC_WHY;

    private Recommendations() {
    }

    /**
     * A {@code :gen_statem} whose answers call for a GenServer needs its state machine: it stays
     * {@code gen_statem}. Task work listed in a supervisor's children runs once at boot, supervised: a
     * start-up step keeps its form, a static child rather than a Task.Supervisor start. Per-entity
     * processes already started through a PartitionSupervisor stay partitioned (the DynamicSupervisor the
     * answers ask for, without its bottleneck). Whether starts are a bottleneck at all (keyed by an entity,
     * never opts; burst-rate paths) is decided once, by the project's bottleneck starts, which OTP010 reads too.
     */
    static Decision refine(Decision d, Pattern today, TodayPlacement now, ProcessModule m) {
        if (now.placement() == Placement.PARTITION_SUPERVISOR && (!d.processNeeded()
                || d.placement() == Placement.STATIC_CHILD) && !m.abstraction().isSupervisor()) {
            // archethic's UTXO.Loader and ChainWriter: a PartitionSupervisor runs them as partitions, each call routed
            // by key, so one key's calls run one at a time: plain functions, or one static child, would lose that
            Pattern keep = d.processNeeded() ? d.abstraction() : today;
            return new Decision(true, keep, Placement.PARTITION_SUPERVISOR, d.decidedBy(), (d.processNeeded()
                    ? d.rationale().replace(DecisionModel.STATIC_WHY, "").strip() + " " : "")
                    + "It runs as the partitions of a PartitionSupervisor, each call routed by its key to one of them:"
                    + " each partition runs its keys' calls one at a time, which plain functions or one static child"
                    + " would not. It keeps that form.");
        }
        if (now.placement() == Placement.WORKER_POOL && d.processNeeded() && d.placement() != null) {
            // alerts_concierge's NotificationWorker: forty workers a :poolboy pool checks out to callers; a static
            // child would be one worker for every caller
            d = new Decision(d.processNeeded(), d.abstraction(), Placement.WORKER_POOL, d.decidedBy(),
                    d.rationale().replace(DecisionModel.STATIC_WHY, "").replace(DYNAMIC_WHY, "").strip()
                            + " It runs as one of a pool's workers, which the pool starts, restarts and hands out to"
                            + " callers: it keeps that place (a static child would be one worker for all callers).");
        }
        // The placement refinements and the abstraction ones combine: a per-entity name listed statically on a
        // server doing more than get/update is a static child and still a GenServer.
        if (d.placement() == Placement.DYNAMIC_SUPERVISOR_REGISTRY && now.placement() == Placement.STATIC_CHILD
                && m.dynamicStarts().isEmpty()) {
            d = new Decision(d.processNeeded(), d.abstraction(), Placement.STATIC_CHILD, d.decidedBy(),
                    d.rationale().replace(DYNAMIC_WHY, "") + " Its name is built per entity, but it is listed in a "
                            + "supervisor's children and starts with it: a static child (a subtree started per "
                            + "entity keeps its children static).");
        }
        if (d.placement() == Placement.DYNAMIC_SUPERVISOR_REGISTRY && now.placement() == Placement.PARTITION_SUPERVISOR) {
            d = new Decision(d.processNeeded(), d.abstraction(), Placement.PARTITION_SUPERVISOR, d.decidedBy(),
                    d.rationale() + " It is already started through a PartitionSupervisor, which keeps starts apart.");
        }
        if (d.abstraction() == Pattern.AGENT && d.decidedBy() == Question.TIMEOUTS_MONITORS_INFO
                && (today == Pattern.GENSERVER || today == Pattern.GEN_STATEM)) {
            // Q4's "no -> Agent" for state beyond simple get/update: as an Agent that logic would run inside
            // get_and_update closures, the GenServer envy OTP006 flags, so the server keeps its form
            d = new Decision(d.processNeeded(), today, d.placement(), d.decidedBy(), d.rationale()
                    + " But its handlers do more than get or update the state: as an Agent that logic would run "
                    + "inside Agent.get_and_update/2 closures (GenServer envy, OTP006), so it stays a " + today.label()
                    + ".");
        }
        if (d.abstraction() == Pattern.GENSERVER && today == Pattern.TASK
                && d.decidedBy() == Question.TIMEOUTS_MONITORS_INFO && isolationOnly(m)) {
            // ElixirTorrent's Peer.Receiver: a Task looping on :gen_tcp.recv over the socket it was given. Its own
            // process already keeps that work apart from its callers (the Elixir guide's TCP server runs its read
            // loops as Tasks); a GenServer would add a mailbox nothing sends to, and its calls a 5 s timeout
            return new Decision(d.processNeeded(), Pattern.TASK, now.placement() == null ? d.placement()
                    : now.placement(), d.decidedBy(), "It keeps no state, but " + firstIsolation(m) + ": its Task"
                    + " already runs that work in a process of its own, apart from its callers, and contains its"
                    + " failures there; it sets no timeout or monitor and handles no message, so a GenServer would"
                    + " only add a mailbox nothing sends to. It stays a Task.");
        }
        if (d.abstraction() == Pattern.GENSERVER && today == Pattern.GEN_STATEM) {
            return new Decision(d.processNeeded(), Pattern.GEN_STATEM, d.placement(), d.decidedBy(),
                    d.rationale() + " As a :gen_statem it keeps its state machine (the seed's GenServer row).");
        }
        if (d.placement() == Placement.DYNAMIC_SUPERVISOR_REGISTRY && now.placement() == Placement.STATIC_CHILD
                && !m.dynamicStarts().isEmpty()
                && m.dynamicStarts().stream().allMatch(s -> s.call() != null && s.call().startsWith("Supervisor."))) {
            d = new Decision(d.processNeeded(), d.abstraction(), Placement.STATIC_CHILD, d.decidedBy(),
                    d.rationale().replace(DYNAMIC_WHY, "") + " It is added to a regular Supervisor with"
                            + " Supervisor.start_child under its own child id: the ids already find, dedupe and remove"
                            + " it (terminate_child/delete_child), so it keeps that form.");
        }
        if (d.processNeeded() && d.placement() == Placement.STATIC_CHILD && now.placement() == null
                && !abstractionOnly(d) && m.names().stream().noneMatch(n -> !n.lookup() && n.fixed())
                && m.supervisedBy().isEmpty() && m.dynamicStarts().isEmpty()) {
            // an unnamed process its caller starts at runtime (one per run, per owner): a static child would turn
            // it into one shared instance, and the project does not show what owns it
            // (the static-child sentence goes: no placement is recommended, so none is claimed)
            // without any start in view, "one per caller" would be a guess: it may be a singleton a macro names
            java.util.Optional<String> owner = StartOwner.of(m);
            d = new Decision(true, d.abstraction(), null, d.decidedBy(), d.rationale().replace(DecisionModel.STATIC_WHY,
                    "") + (now.known() || owner.isPresent() ? " It has no registered name and " + (now.known()
                    ? "is started outside any supervisor" : "is started " + owner.get() + ", whose callers decide"
                    + " where it runs") + ", one instance per caller: where it belongs depends on that owner, so no"
                    + " placement is recommended." : " It " + StartOwner.registration(m).orElse("registers no name the analysis saw") + " and the project does not"
                    + " show what starts it: whether it is one instance per caller or a singleton is not known, so no"
                    + " placement is recommended."));
        }
        if (d.placement() == Placement.STATIC_CHILD && now.placement() == Placement.DYNAMIC_SUPERVISOR_REGISTRY
                && startedByOwnerStartUp(m)) {
            StartSite s = m.dynamicStarts().get(0);
            d = new Decision(d.processNeeded(), d.abstraction(), Placement.DYNAMIC_SUPERVISOR_REGISTRY, d.decidedBy(),
                    d.rationale().replace(DecisionModel.STATIC_WHY, "") + " It is started once per owner, from " + s.module() + "." + s.function()
                            + ", with what only that owner has at its start (its own pid, handles): it stays a"
                            + " child the owner starts, not a static child of the application.");
        }
        if (d.placement() == Placement.STATIC_CHILD && now.placement() == Placement.DYNAMIC_SUPERVISOR_REGISTRY
                && m.startedOnlyThrough("Horde.", "Singleton.")) {
            // Horde spreads its children over the cluster and keeps one per name, the singleton library runs one in
            // the cluster under a :global name (frayt's notifiers): a static child is one per node
            StartSite s = m.dynamicStarts().get(0);
            d = new Decision(d.processNeeded(), d.abstraction(), Placement.DYNAMIC_SUPERVISOR_REGISTRY, d.decidedBy(),
                    d.rationale().replace(DecisionModel.STATIC_WHY, "") + " It is started through " + s.call()
                            + (s.location() == null ? "" : " (" + s.location().file() + ":" + s.location().line() + ")")
                            + ", which runs it once for the whole cluster: a static child would start one on every"
                            + " node, so it keeps that form.");
        }
        if (d.abstraction() == Pattern.TASK && d.placement() == Placement.TASK_SUPERVISOR
                && now.placement() == Placement.DYNAMIC_SUPERVISOR_REGISTRY) {
            d = new Decision(d.processNeeded(), d.abstraction(), Placement.DYNAMIC_SUPERVISOR_REGISTRY,
                    d.decidedBy(), d.rationale() + " Started as a temporary child of a DynamicSupervisor, it already"
                            + " runs as a Task.Supervisor would run it: it keeps that form.");
        }
        if (d.abstraction() == Pattern.TASK && now.placement() == Placement.STATIC_CHILD) {
            return new Decision(d.processNeeded(), Pattern.TASK, Placement.STATIC_CHILD, d.decidedBy(),
                    d.rationale() + " Listed in a supervisor's children, it already runs once at boot under "
                            + "supervision: it stays a static child.");
        }
        return d;
    }

    /** Q4's yes rests on the isolation need alone, and the process keeps no state. */
    private static boolean isolationOnly(ProcessModule m) {
        return Purpose.isolationOnly(m.properties()) && !m.is(io.github.otpadvisor.project.Property.HOLDS_STATE);
    }

    /** The first observation behind the isolation need, with its line. */
    private static String firstIsolation(ProcessModule m) {
        java.util.List<io.github.otpadvisor.facts.Evidence> ev = m.properties()
                .evidence(io.github.otpadvisor.project.Property.ISOLATION_NEED);
        if (ev.isEmpty()) {
            return "it needs a process of its own";
        }
        io.github.otpadvisor.facts.Evidence e = ev.get(0);
        return "it " + e.text() + (e.line() > 0 ? " (line " + e.line() + ")" : "");
    }

    /** Every dynamic start sits in another process's start-up ({@code init}, {@code handle_continue}). */
    private static boolean startedByOwnerStartUp(ProcessModule m) {
        return !m.dynamicStarts().isEmpty() && m.dynamicStarts().stream().allMatch(s -> s.module() != null
                && !s.module().equals(m.name()) && s.function() != null
                && (s.function().startsWith("init/") || s.function().equals("handle_continue/2")));
    }

    /** Only the abstraction is being decided: a Task's placement is its own question (Task.Supervisor). */
    private static boolean abstractionOnly(Decision d) {
        return d.abstraction() == Pattern.TASK || d.abstraction() == Pattern.TASK_SUPERVISOR;
    }

    /**
     * Supervisors supervise: the question is which kind (Q5), not whether to hold state. A supervisor keeps
     * the placement it has (a per-entity subtree started under a DynamicSupervisor is one), unless it is
     * started outside any supervisor (a static child then) or it is a DynamicSupervisor taking per-entity
     * starts from request paths (partitioned).
     */
    static Decision supervisor(Abstraction abs, Answers a, TodayPlacement now) {
        return supervisor(abs, a, now, null);
    }

    /**
     * {@code simpleOneForOne}: its own children list with {@code strategy: :simple_one_for_one}, the pre-1.6 form of
     * a dynamic supervisor (phoenix-trello's BoardChannel.Supervisor): a DynamicSupervisor, which Elixir's
     * deprecation warning names too.
     */
    static Decision supervisor(Abstraction abs, Answers a, TodayPlacement now,
                               io.github.otpadvisor.facts.ChildrenList simpleOneForOne) {
        return supervisor(abs, a, now, simpleOneForOne, null);
    }

    /**
     * {@code added}: a {@code Supervisor.start_child} that adds children to this regular Supervisor at run time
     * (codebattle's GlobalSupervisor, one child per game under the game's id): its children are not a fixed set, and
     * the ids it adds them under find, dedupe and remove them, as the children's own recommendation keeps.
     */
    static Decision supervisor(Abstraction abs, Answers a, TodayPlacement now,
                               io.github.otpadvisor.facts.ChildrenList simpleOneForOne, StartSite added) {
        if (added != null && abs == Abstraction.SUPERVISOR && simpleOneForOne == null) {
            Placement place = now.placement() != null ? now.placement() : Placement.STATIC_CHILD;
            return new Decision(true, Pattern.SUPERVISOR, place, Question.DYNAMIC_CHILDREN, "Its children are added at"
                    + " runtime with " + added.call().replaceFirst("/\\d+$", "") + (added.location() == null ? ""
                    : " (" + added.location().file() + ":" + added.location().line() + ")") + ", each under its own"
                    + " child id, which finds, dedupes and removes it (terminate_child/delete_child): a regular"
                    + " Supervisor used that way keeps its form. A DynamicSupervisor would find its children only by"
                    + " pid, and drops a child's spec once it exits.");
        }
        if (simpleOneForOne != null) {
            Placement place = now.placement() != null ? now.placement() : Placement.STATIC_CHILD;
            return new Decision(true, Pattern.DYNAMIC_SUPERVISOR, place, Question.DYNAMIC_CHILDREN,
                    "Its strategy is :simple_one_for_one" + (simpleOneForOne.location() == null ? ""
                            : " (" + simpleOneForOne.location().file() + ":" + simpleOneForOne.location().line() + ")")
                            + ": its children are started at runtime, one Supervisor.start_child(sup, args) at a time."
                            + " That is a DynamicSupervisor: the strategy is deprecated since Elixir 1.6 (Supervisor"
                            + ".init/2 warns), and DynamicSupervisor.start_child/2 takes the child's full spec.");
        }
        boolean dynamic = abs == Abstraction.DYNAMIC_SUPERVISOR;
        boolean partition = dynamic && a.supervisorBottleneck();
        Placement place = partition ? Placement.PARTITION_SUPERVISOR
                : now.placement() != null ? now.placement() : Placement.STATIC_CHILD;
        String why = dynamic
                ? "Its children are started at runtime: a DynamicSupervisor (with a Registry to find them)."
                : "It starts a fixed set of children: a regular Supervisor.";
        if (partition) {
            why += " Per-entity starts reach it from request paths: partition it under a PartitionSupervisor.";
        }
        return new Decision(true, dynamic ? Pattern.DYNAMIC_SUPERVISOR : Pattern.SUPERVISOR, place,
                Question.DYNAMIC_CHILDREN, why);
    }
}
