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
    REQUEST_PATH_STARTS("started from request paths"),
    // Purpose idioms (RULEBOOK §2), read before the questions (§3).
    /** {@code init/1} does its work and returns {@code :ignore}. */
    STARTUP_STEP("start-up step"),
    /** Its mailbox serializes I/O on a shared resource (stdout, a port, a socket, a connection in its state). */
    SERIALIZED_IO("serialized I/O on a shared resource"),
    /** State set once at start-up and only read afterwards. */
    WRITE_ONCE("write-once value"),
    /** Reached from or working on other nodes ({@code {name, node}}, {@code :rpc}, {@code :erpc}, {@code :global}). */
    REMOTE_NODE_WORK("remote-node work"),
    /** A Mix task, a script, or dev/test-only code behind {@code Mix.env()}/{@code Mix.target()}. */
    SHORT_LIVED("dev/test-only or short-lived");

    /**
     * The words of {@link #SERIALIZED_IO}'s evidence for a cast-only server: its work runs off the callers' path, one
     * job at a time; the rationale says that, not that it owns a shared resource.
     */
    public static final String BACKGROUND_QUEUE = "a background queue";

    /** What makes it {@link #BACKGROUND_QUEUE}, said once beside that label in its evidence. */
    public static final String BACKGROUND_QUEUE_WHY = " (" + BACKGROUND_QUEUE + ": callers never wait, the work never"
            + " runs concurrently)";


    private final String label;

    Property(String label) {
        this.label = label;
    }

    /** The RULEBOOK §2 wording. */
    public String label() {
        return label;
    }
}
