package io.github.otpadvisor.decision;

/**
 * The OTP Advisor decision framework: the five questions asked in the seed's order. Pure and
 * stateless; the same call serves a person planning a feature and the analyzer reading code.
 */
public final class DecisionModel {
    /** The rationale's sentence for a PartitionSupervisor placement. */
    public static final String PARTITION_WHY = " One is started per entity from many request paths: under a "
            + "PartitionSupervisor of DynamicSupervisors with a Registry, so starts are not serialized through one process.";
    /** The rationale's sentence for a DynamicSupervisor + Registry placement. */
    public static final String DYNAMIC_WHY = " One is started per entity at runtime: under a DynamicSupervisor, "
            + "found through a Registry (any term as name, no atom exhaustion).";

    /** The rationale's sentence for a static-child placement. */
    public static final String STATIC_WHY = " It is started once, as a static child of a regular Supervisor.";

    private DecisionModel() {
    }

    public static Decision decide(Answers a) {
        // Q1: stateless computation -> plain functions, no process.
        if (a.stateless()) {
            return new Decision(false, Pattern.FUNCTIONS, null, Question.STATELESS,
                    "Stateless computation: plain functions in a module do it; a process would only "
                            + "serialize callers and add a failure point.");
        }
        // Q2: no state between operations -> functions, or a Task for one-off async work.
        if (!a.stateBetweenOps()) {
            if (a.oneOffAsync()) {
                return new Decision(true, Pattern.TASK, Placement.TASK_SUPERVISOR, Question.STATE_BETWEEN_OPERATIONS,
                        "No state survives between operations, but the work runs asynchronously once: "
                                + "a Task, started under a Task.Supervisor in production.");
            }
            return new Decision(false, Pattern.FUNCTIONS, null, Question.STATE_BETWEEN_OPERATIONS,
                    "No state survives between operations: functions are enough.");
        }
        // Q3: simple get/update -> Agent, or ETS when many callers read one shared store.
        if (a.simpleGetUpdate()) {
            if (a.manyReaders()) {
                return new Decision(false, Pattern.ETS, null, Question.SIMPLE_GET_UPDATE,
                        "Simple get/update of one shared store read by many callers: an ETS table "
                                + "(read_concurrency) serves reads without serializing them through a process.");
            }
            return placed(a, Pattern.AGENT, Question.SIMPLE_GET_UPDATE,
                    "State survives between operations but is only read and replaced: an Agent.");
        }
        // Q4: timeouts, monitors or handle_info -> GenServer; otherwise an Agent still does.
        if (a.timeoutsMonitorsInfo()) {
            return placed(a, Pattern.GENSERVER, Question.TIMEOUTS_MONITORS_INFO,
                    "State with timeouts, monitors or messages to handle: a GenServer.");
        }
        return placed(a, Pattern.AGENT, Question.TIMEOUTS_MONITORS_INFO,
                "State beyond simple get/update, but no timeouts, monitors or messages to handle: an Agent.");
    }

    /**
     * Q5 decides the placement: dynamically started processes go under a DynamicSupervisor and are found
     * through a Registry (a PartitionSupervisor when one DynamicSupervisor is a bottleneck); else a static
     * child of a regular Supervisor.
     */
    private static Decision placed(Answers a, Pattern abstraction, Question decidedBy, String rationale) {
        if (!a.dynamicChildren()) {
            return new Decision(true, abstraction, Placement.STATIC_CHILD, decidedBy,
                    rationale + STATIC_WHY);
        }
        if (a.supervisorBottleneck()) {
            return new Decision(true, abstraction, Placement.PARTITION_SUPERVISOR, decidedBy, rationale + PARTITION_WHY);
        }
        return new Decision(true, abstraction, Placement.DYNAMIC_SUPERVISOR_REGISTRY, decidedBy, rationale + DYNAMIC_WHY);
    }
}
