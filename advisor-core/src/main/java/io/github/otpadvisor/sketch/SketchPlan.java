package io.github.otpadvisor.sketch;

import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.project.ProjectNames;
import io.github.otpadvisor.sketch.SketchInput.InfoMessage;
import io.github.otpadvisor.sketch.SketchInput.Operation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link SketchInput} checked and completed for rendering: every name is valid Elixir source, defaults
 * fill what the project lacks, operations carry their access and final parameter names. The renderers
 * read only this, so whatever the input holds, they write code that parses.
 */
final class SketchPlan {
    /** What the module's code looks like. */
    enum Shape { FUNCTIONS, ETS, AGENT, GENSERVER, TASK, SUPERVISOR, DYNAMIC_SUPERVISOR }

    /** How callers reach the process. */
    enum Addressing { SINGLETON, REGISTRY, PARTITION }

    /**
     * An operation ready to write.
     *
     * @param id   the entity id parameter for per-entity processes, else null
     * @param data the other parameters
     * @param idAt where the id stands among all the parameters (today's {@code register_venue(venue, id)}: 1)
     */
    record Op(String name, Operation.Kind kind, Access access, String id, List<String> data, String tag, int idAt) {
        Op {
            data = List.copyOf(data);
            idAt = Math.max(0, Math.min(idAt, data.size()));
        }

        Op(String name, Operation.Kind kind, Access access, String id, List<String> data, String tag) {
            this(name, kind, access, id, data, tag, 0);
        }

        /** Every parameter, in order. */
        List<String> params() {
            List<String> all = new ArrayList<>(data);
            if (id != null) {
                all.add(idAt, id);
            }
            return all;
        }

        /** Where data parameter {@code i} stands among all the parameters. */
        int position(int i) {
            return id != null && i >= idAt ? i + 1 : i;
        }

        int arity() {
            return data.size() + (id == null ? 0 : 1);
        }

        /** A cast: fire and forget. */
        boolean async() {
            return kind == Operation.Kind.CAST;
        }
    }

    final String module;
    final String testModule;
    final Shape shape;
    final Addressing addressing;
    final List<Op> ops;
    /**
     * For a GenServer that keeps its callbacks: the messages its handlers take that no function of the module
     * sends today (callers send them themselves); no client function is written for them.
     */
    final List<Op> callerSent;
    /**
     * The singleton's registered name as callers write it ({@code __MODULE__}, an alias, an atom, or a via name with
     * a literal key).
     */
    final String server;
    /** It registers under a name callers can write ({@link #server} is that name, not a fallback). */
    final boolean named;
    /** Started at runtime under a DynamicSupervisor (or a partition of one), today and as recommended. */
    final boolean startedDynamically;
    /** No placement recommended, one per caller (no name, its start in view): whatever starts it decides where it runs. */
    final boolean ownerPlaced;
    /** The {@code name:} its start_link gives: {@link #server}, or today's start-option expression with that default. */
    final String startName;
    final String table;
    final String registry;
    final String dynamicSupervisor;
    final String partitionSupervisor;
    final String taskSupervisor;
    /** Strategy of the supervisor the module goes under, without the colon. */
    final String strategy;
    /** A supervisor module's own strategy. */
    final String ownStrategy;
    final String entityId;
    final List<InfoMessage> infos;
    final List<String> children;
    /**
     * A Supervisor today whose one child is a template ({@code strategy: :simple_one_for_one}): the DynamicSupervisor
     * sketch carries that child and the {@code start_child(args)} shape its callers use.
     */
    final boolean fromSimpleOneForOne;
    /** {@link #dynamicChild} is a module the project starts under it, not a stand-in name. */
    final boolean childKnown;
    /** For a supervisor module: the ids of its children a test can look for, and their number when known. */
    final SketchInput.ChildIds childIds;
    final String dynamicChild;
    /** Names the project does not have: the default ones, which the Supervision Tree adds. */
    final Set<String> newNames = new HashSet<>();
    /** The PartitionSupervisor takes the place (and the name) of the DynamicSupervisor that starts it today. */
    final boolean partitionReplaces;
    /**
     * The sketch uses a Registry of its own naming ({@link #registry}); false for a kept per-entity GenServer that today
     * names itself through its own via helper (whatever registry that names): no Registry is invented for it.
     */
    final boolean registryNeeded;
    /** Plain functions of the module ({@code name/arity}) that stay as they are. */
    final List<String> plainOps;
    /** What today's code does that the sketch keeps. */
    final TodayCode code;
    /**
     * A GenServer today that stays one (only its placement changes): its callbacks are kept as written, and the
     * sketch rewrites only how it is started and found.
     */
    final boolean keepsCallbacks;
    /**
     * Today's functions that read or write shared memory directly and message no process ({@code name/arity}): kept
     * as written ({@link KeptFunctions}); an operation of the same key is not rewritten into a call.
     */
    final Set<String> bypassKeys;
    /** The module keeps its abstraction and only its placement changes. */
    final boolean placementOnly;

    SketchPlan(SketchInput in) {
        Decision d = in.decision();
        code = in.code();
        bypassKeys = new HashSet<>();
        if (!code.fits()) {
            code.bypass().forEach(f -> bypassKeys.add(f.key()));
        }
        module = ElixirNames.moduleLiteral(in.moduleName());
        testModule = ElixirNames.testModuleLiteral(in.moduleName());
        shape = shape(d, in.today());
        placementOnly = d.abstraction() == in.today();
        keepsCallbacks = in.today() == Pattern.GENSERVER && shape == Shape.GENSERVER && !code.stateMachine()
                && !code.callbacks().isEmpty();
        boolean perEntity = SketchNames.perEntity(d)
                && (shape == Shape.AGENT || shape == Shape.GENSERVER || shape == Shape.DYNAMIC_SUPERVISOR);
        addressing = !perEntity ? Addressing.SINGLETON
                : d.placement() == Placement.PARTITION_SUPERVISOR ? Addressing.PARTITION : Addressing.REGISTRY;
        String ns = ElixirNames.isAlias(in.namespace()) ? in.namespace() : io.github.otpadvisor.elixir.syntax.ElixirNames.namespace(in.moduleName(), null);
        String option = SketchNames.optionDefault(in.registeredName());
        String name = option != null ? option : SketchNames.viaName(in.registeredName()) ? in.registeredName()
                : ElixirNames.nameLiteral(in.registeredName());
        server = name != null ? name : "__MODULE__";
        named = name != null;
        // the rationale says "one instance per caller" only when it names the start (assess.Recommendations)
        ownerPlaced = d.processNeeded() && d.placement() == null && d.rationale().contains("one instance per caller");
        startedDynamically = d.placement() == Placement.DYNAMIC_SUPERVISOR_REGISTRY
                || d.placement() == Placement.PARTITION_SUPERVISOR;
        startName = option != null ? SketchNames.startOption(in.registeredName()) : server;
        table = orDefault(in.etsTable(), "__MODULE__");
        registry = otherName(in.registry(), ProjectNames.defaultRegistry(ns));
        dynamicSupervisor = otherName(in.dynamicSupervisor(), ProjectNames.defaultDynamicSupervisor(ns));
        partitionSupervisor = otherName(in.partitionSupervisor(), ProjectNames.defaultPartitionSupervisor(ns));
        taskSupervisor = otherName(in.taskSupervisor(), ProjectNames.defaultTaskSupervisor(ns));
        // A kept per-entity GenServer named by today's via helper needs no Registry of the sketch's: none is added.
        // a :simple_one_for_one Supervisor becoming a DynamicSupervisor keeps how its children are found today
        fromSimpleOneForOne = in.today() == Pattern.SUPERVISOR && shape == Shape.DYNAMIC_SUPERVISOR
                && in.children().size() == 1;
        registryNeeded = !fromSimpleOneForOne && (code.fits() || !(keepsCallbacks && perEntity
                && ElixirNames.nameLiteral(in.registry()) == null && EntityLookup.todaysHelper(this) != null));
        if (registryNeeded) {
            noteNew(in.registry(), registry);
        }
        noteNew(in.dynamicSupervisor(), dynamicSupervisor);
        noteNew(in.partitionSupervisor(), partitionSupervisor);
        noteNew(in.taskSupervisor(), taskSupervisor);
        partitionReplaces = addressing == Addressing.PARTITION && partitionSupervisor.equals(
                ElixirNames.nameLiteral(in.dynamicSupervisor()));
        strategy = strategyOr(in.strategy());
        ownStrategy = strategyOr(in.ownStrategy());
        String id = SketchNames.entityVariable(in.entityId());
        entityId = id != null ? id : "id";
        infos = shape == Shape.GENSERVER ? validInfos(in.infoMessages()) : List.of();
        children = in.children().stream().filter(c -> c != null && !c.isBlank() && SketchNames.fenceSafe(c)
                && !c.contains("\n") && Messages.parses(c)).toList();
        dynamicChild = otherName(in.dynamicChild(), ns + ".Worker");
        childKnown = dynamicChild.equals(in.dynamicChild());
        childIds = in.childIds();

        // A module without operations keeps none, unless its pattern is all operations (a table, a
        // stateless module, a task); supervisors never take any.
        boolean needsOps = shape == Shape.ETS || shape == Shape.FUNCTIONS || shape == Shape.TASK;
        List<Operation> given = shape == Shape.SUPERVISOR || shape == Shape.DYNAMIC_SUPERVISOR ? List.of()
                : in.operations().isEmpty() && needsOps ? DefaultOperations.forShape(shape, perEntity, entityId)
                        .stream().filter(o -> bypassKeys.stream().noneMatch(k -> k.startsWith(o.name() + "/"))).toList()
                : in.operations();
        // A process's plain functions (they message nobody) stay plain: the sketch names them, not rewrites them.
        boolean keepPlain = shape != Shape.FUNCTIONS && shape != Shape.TASK && !code.handlers().isEmpty();
        // An operation read from a handler (it has a tag) is kept even when a plain function has its name.
        plainOps = keepPlain ? given.stream().filter(o -> o != null && o.tag() == null
                && code.plain().contains(o.key()) && !bypassKeys.contains(o.key())).map(Operation::key).toList()
                : List.of();
        List<Op> all = ops(keepPlain ? given.stream().filter(o -> o == null || o.tag() != null
                || !code.plain().contains(o.key())).toList() : given, perEntity);
        // A kept GenServer's clients are today's functions: a message only callers send gets none invented.
        ops = keepsCallbacks ? all.stream().filter(o -> o.tag() == null || code.plain().contains(o.name() + "/"
                + o.arity()) || bypassKeys.contains(o.name() + "/" + o.arity()) || TodayClients.today(this, o) != null)
                .toList() : all;
        // a message its own start_link sends (gristle's Boss.Operator casts {:begin, ..} as it starts) is no caller's
        String startBody = code.startLink() == null || code.startLink().body() == null ? "" : code.startLink().body();
        callerSent = all.stream().filter(o -> !ops.contains(o) && (o.tag() == null
                || !java.util.regex.Pattern.compile("GenServer\\.(cast|call)\\(__MODULE__,\\s*\\{?:"
                        + java.util.regex.Pattern.quote(o.tag()) + "\\b").matcher(startBody).find())).toList();
    }

    /** Per-entity processes: one per id, found through a Registry. */
    boolean perEntity() {
        return addressing != Addressing.SINGLETON;
    }

    /** The module's state is a counter: an arity-0 increment exists (reads of the whole state read it). */
    boolean counter() {
        return ops.stream().anyMatch(o -> o.access() == Access.INCREMENT && o.data().isEmpty());
    }

    /** Handles {@code :timeout}: the process stops when idle, and must not be restarted for that. */
    boolean idleTimeout() {
        // {:timeout, duration} is a message of the module's own, not GenServer's idle timeout.
        boolean tupleOnly = code.handlers().stream().anyMatch(h -> h.tag().equals("timeout"))
                && code.handlers().stream().noneMatch(h -> h.tag().equals("timeout") && ":timeout".equals(h.message()));
        return !tupleOnly && infos.stream().anyMatch(i -> i.tag().equals("timeout"));
    }

    /**
     * The code's shape for a decision: its abstraction ({@code today} is kept for callers that knew it; the
     * per-entity worker under a DynamicSupervisor is the abstraction's own shape, its placement only
     * changes how it is addressed).
     */
    static Shape shape(Decision d, Pattern today) {
        return switch (d.abstraction()) {
            case FUNCTIONS -> Shape.FUNCTIONS;
            case ETS -> Shape.ETS;
            case AGENT -> Shape.AGENT;
            case GENSERVER, GEN_STATEM -> Shape.GENSERVER;
            case TASK, TASK_SUPERVISOR -> Shape.TASK;
            case SUPERVISOR -> Shape.SUPERVISOR;
            case DYNAMIC_SUPERVISOR, DYNAMIC_SUPERVISOR_REGISTRY, PARTITION_SUPERVISOR -> Shape.DYNAMIC_SUPERVISOR;
        };
    }

    private static String orDefault(String literal, String fallback) {
        String checked = ElixirNames.nameLiteral(literal);
        return checked != null ? checked : fallback;
    }

    /** The name of another process or module: {@code __MODULE__} would mean the wrong one. */
    private static String otherName(String literal, String fallback) {
        String checked = ElixirNames.nameLiteral(literal);
        return checked != null && !checked.equals("__MODULE__") ? checked : fallback;
    }

    /** {@code used} is a default when the project gave no name of that kind. */
    private void noteNew(String given, String used) {
        if (!used.equals(ElixirNames.nameLiteral(given))) {
            newNames.add(used);
        }
    }

    private static String strategyOr(String given) {
        String s = SketchNames.strategy(given);
        return s != null ? s : "one_for_one";
    }

    private static List<InfoMessage> validInfos(List<InfoMessage> infos) {
        Map<String, InfoMessage> out = new LinkedHashMap<>();
        for (InfoMessage i : infos) {
            // An info tag is only ever an atom in a clause head: it cannot clash with a function of the sketch.
            if (i != null && SketchNames.infoTag(i.tag())) {
                out.putIfAbsent(i.tag(), i);
            }
        }
        return List.copyOf(out.values());
    }

    private List<Op> ops(List<Operation> given, boolean perEntity) {
        List<Op> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Operation o : given) {
            if (o == null || !FactOperations.usable(o.name()) || out.size() == SketchInput.MAX_OPERATIONS) {
                continue;
            }
            // Per-entity operations take the id first; one without arguments gets it added. A function kept as
            // written keeps its own parameters: it reads the table, not one process.
            boolean byId = perEntity && !bypassKeys.contains(o.key());
            int dataArity = byId ? Math.max(0, o.arity() - 1) : o.arity();
            // The id where today's function takes it (register_venue(venue, id)), else first.
            int idAt = byId && o.arity() > 1 ? Math.max(0, o.params().indexOf(entityId)) : 0;
            List<String> givenData = new ArrayList<>(o.params());
            if (byId && o.arity() > 0 && !givenData.isEmpty()) {
                givenData.remove(idAt);
            }
            Access access = Access.of(o.kind(), o.name(), dataArity);
            String id = byId ? entityId : null;
            List<String> data = SketchVars.names(givenData, dataArity, access, id == null ? Set.of() : Set.of(id));
            Op op = new Op(o.name(), o.kind(), access, id, data, o.tag(), idAt);
            if (keys.add(op.name() + "/" + op.arity())) {
                out.add(op);
            }
        }
        return List.copyOf(out);
    }
}
