package io.github.otpadvisor.sketch;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What an Elixir sketch is written for: one module (or planned feature) and the pattern recommended for
 * it. Names that end up in code ({@link #registeredName}, {@link #registry}...) are Elixir source:
 * {@code __MODULE__}, an alias or a plain atom; the renderers check them again and fall back to names
 * built from {@link #namespace} when one is null or not of that form, so any input gives code that parses.
 *
 * @param moduleName         the module as the analyzer names it ({@code ShopCore.PriceCache}; an atom module
 *                           as {@code :name}, possibly with characters that need quoting)
 * @param decision           the recommendation (pattern, worker, supervision)
 * @param today              the pattern the module uses today, or null for a planned feature
 * @param operations         the operations to show, at most {@link #MAX_OPERATIONS}, in a stable order; under a
 *                           per-entity recommendation the first parameter of each is the entity id
 * @param registeredName     the fixed name it is registered under ({@code __MODULE__} for its own name), or null
 * @param etsTable           the name of an ETS table it owns today, or null
 * @param namespace          the application's namespace ({@code ShopCore}) for names the project lacks
 * @param registry           an existing unique-keys Registry of the project, or null
 * @param dynamicSupervisor  an existing DynamicSupervisor of the project (the one starting it first), or null
 * @param taskSupervisor     an existing Task.Supervisor of the project, or null
 * @param partitionSupervisor an existing PartitionSupervisor of DynamicSupervisors, or null
 * @param strategy           the restart strategy of the supervisor it sits under today ({@code one_for_one}), or null
 * @param entityId           for per-entity processes, the variable naming the entity ({@code cart_id}), or null
 * @param infoMessages       messages its process handles in {@code handle_info} (timers, {@code :timeout},
 *                           {@code :DOWN}, {@code :EXIT}), in order
 * @param children           for a supervisor module: its children today, as Elixir child specs
 * @param ownStrategy        for a supervisor module: the strategy of its own children, or null
 * @param dynamicChild       for a DynamicSupervisor module: the module it starts, or null
 * @param code               what the module's code does today that the sketch keeps ({@link TodayCode#NONE} when
 *                           there is no code)
 */
public record SketchInput(String moduleName, Decision decision, Pattern today, List<Operation> operations,
                          String registeredName, String etsTable, String namespace, String registry,
                          String dynamicSupervisor, String taskSupervisor, String partitionSupervisor,
                          String strategy, String entityId, List<InfoMessage> infoMessages, List<String> children,
                          String ownStrategy, String dynamicChild, TodayCode code, ChildIds childIds) {
    /** Sketches stay readable: the first operations show the shape, the rest follow the same pattern. */
    public static final int MAX_OPERATIONS = 4;

    /**
     * For a supervisor module: the ids its children run under ({@code Mod} of {@code Mod} and {@code {Mod, arg}},
     * a literal {@code id:}) that a test can look for, and how many children it has when its one children list is
     * read whole (no entry computed at run time: {@code ++ consumers()}, a variable), else -1.
     */
    public record ChildIds(List<String> ids, int count, List<String> names) {
        public static final ChildIds NONE = new ChildIds(List.of(), -1, List.of());

        public ChildIds {
            ids = List.copyOf(ids);
            names = List.copyOf(names);
        }
    }

    /** Without {@link #childIds}. */
    public SketchInput(String moduleName, Decision decision, Pattern today, List<Operation> operations,
                       String registeredName, String etsTable, String namespace, String registry,
                       String dynamicSupervisor, String taskSupervisor, String partitionSupervisor,
                       String strategy, String entityId, List<InfoMessage> infoMessages, List<String> children,
                       String ownStrategy, String dynamicChild, TodayCode code) {
        this(moduleName, decision, today, operations, registeredName, etsTable, namespace, registry,
                dynamicSupervisor, taskSupervisor, partitionSupervisor, strategy, entityId, infoMessages, children,
                ownStrategy, dynamicChild, code, ChildIds.NONE);
    }

    public SketchInput {
        childIds = childIds == null ? ChildIds.NONE : childIds;
        Objects.requireNonNull(moduleName, "moduleName");
        Objects.requireNonNull(decision, "decision");
        operations = List.copyOf(operations);
        infoMessages = List.copyOf(infoMessages);
        children = List.copyOf(children);
        code = code == null ? TodayCode.NONE : code;
    }

    /** Without today's code (a planned feature, a test input). */
    public SketchInput(String moduleName, Decision decision, Pattern today, List<Operation> operations,
                       String registeredName, String etsTable, String namespace, String registry,
                       String dynamicSupervisor, String taskSupervisor, String partitionSupervisor,
                       String strategy, String entityId, List<InfoMessage> infoMessages, List<String> children,
                       String ownStrategy, String dynamicChild) {
        this(moduleName, decision, today, operations, registeredName, etsTable, namespace, registry,
                dynamicSupervisor, taskSupervisor, partitionSupervisor, strategy, entityId, infoMessages, children,
                ownStrategy, dynamicChild, TodayCode.NONE);
    }

    /**
     * One operation of the module's interface.
     *
     * @param name   the function name as written
     * @param arity  its arity
     * @param kind   what it does to the process's state, as far as the facts tell
     * @param params parameter names ({@code sku}, {@code price}), exactly {@code arity} of them, or empty when
     *               unknown (the renderers then name them after what the operation does)
     * @param tag    the tag of the message it sends the process today ({@code set_id} for {@code set_next_id/1}), or null
     */
    public record Operation(String name, int arity, Kind kind, List<String> params, String tag) {
        public Operation(String name, int arity, Kind kind, List<String> params) {
            this(name, arity, kind, params, null);
        }

        public Operation {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            params = List.copyOf(params);
            if (arity < 0 || !params.isEmpty() && params.size() != arity) {
                throw new IllegalArgumentException("params " + params + " do not match arity " + arity);
            }
        }

        public Operation(String name, int arity, Kind kind) {
            this(name, arity, kind, List.of());
        }

        public String key() {
            return name + "/" + arity;
        }

        public enum Kind {
            /** Returns state without changing it (a call that only reads, {@code Agent.get}). */
            READ,
            /** Replaces or updates state simply (put/update/delete). */
            WRITE,
            /** A synchronous request that does more than read or write. */
            CALL,
            /** An asynchronous message (cast, {@code send}). */
            CAST,
            /** Unknown: a function that does not message the process. */
            OTHER
        }
    }

    /**
     * A message the process handles in {@code handle_info}.
     *
     * @param tag      the message's atom ({@code tick}, {@code timeout}, {@code DOWN}, {@code EXIT})
     * @param periodic the process schedules it for itself ({@code Process.send_after(self(), :tick, t)})
     */
    public record InfoMessage(String tag, boolean periodic) {
        public InfoMessage {
            Objects.requireNonNull(tag, "tag");
        }
    }

    /** The input for an analyzed process module, written for its assessment. */
    public static SketchInput of(Assessment a, ProjectFacts project) {
        return ModuleSketchInputs.of(a, project, List.of());
    }

    /** The same, with the module's findings: a module whose pattern fits gets their before/after. */
    public static SketchInput of(Assessment a, ProjectFacts project, List<Finding> findings) {
        return ModuleSketchInputs.of(a, project, findings);
    }

    /**
     * The input for a planned feature with no code: the module is named after the feature
     * ({@code "user sessions"} gives {@code MyApp.UserSessions}) and gets generic operations for the pattern.
     */
    public static SketchInput forFeature(String featureName, Decision d) {
        return FeatureSketchInputs.of(featureName, d);
    }
}
