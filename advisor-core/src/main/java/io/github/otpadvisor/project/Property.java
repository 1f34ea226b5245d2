package io.github.otpadvisor.project;

/** The runtime properties of a process module (RULEBOOK §2), plus two the decision model's follow-ups need. */
public enum Property {
    HOLDS_STATE("holds state"),
    SIMPLE_GET_UPDATE("simple get/update only"),
    TIMEOUTS("timeouts"),
    MONITORS_LINKS("monitors / links"),
    HANDLES_INFO("handles info"),
    DYNAMIC_CHILDREN("dynamic children"),
    ONE_OFF_ASYNC("one-off async"),
    CONCURRENCY_NEED("concurrency need"),
    ISOLATION_NEED("isolation need"),
    STATELESS("stateless"),
    SINGLETON("singleton"),
    PER_ENTITY("per-entity"),
    /** A singleton called from several other modules (Q3 follow-up: ETS rather than Agent). */
    MANY_READERS("many readers"),
    /** Started per entity from request or message handling (Q5 follow-up: a DynamicSupervisor bottleneck). */
    REQUEST_PATH_STARTS("started from request paths");

    private final String label;

    Property(String label) {
        this.label = label;
    }

    /** The RULEBOOK §2 wording. */
    public String label() {
        return label;
    }
}
