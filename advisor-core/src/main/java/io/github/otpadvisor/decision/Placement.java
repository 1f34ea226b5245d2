package io.github.otpadvisor.decision;

/**
 * How a process is started and found (RULEBOOK §3, the second part of the answer), spelled as in the
 * seed's Quick Reference ({@link #label()}); the labels are a public interface (JSON {@code placement}).
 * A module that needs no process has no placement (null).
 */
public enum Placement {
    /** Listed once in a supervisor's children: a singleton. */
    STATIC_CHILD("static child", null),
    /** Started per entity under a DynamicSupervisor, found through a Registry. */
    DYNAMIC_SUPERVISOR_REGISTRY("DynamicSupervisor + Registry", Pattern.DYNAMIC_SUPERVISOR_REGISTRY),
    /** Started per entity under a PartitionSupervisor of DynamicSupervisors, so starts are not serialized. */
    PARTITION_SUPERVISOR("PartitionSupervisor", Pattern.PARTITION_SUPERVISOR),
    /** One-off work started under a Task.Supervisor. */
    TASK_SUPERVISOR("Task.Supervisor", Pattern.TASK_SUPERVISOR),
    /**
     * One of the workers a pool library starts and restarts ({@code :poolboy}), checked out by callers: not in the
     * seed's Quick Reference, which has no pools; kept as it is, never recommended instead of another placement.
     */
    WORKER_POOL("worker pool", null);

    private final String label;
    private final Pattern pattern;

    Placement(String label, Pattern pattern) {
        this.label = label;
        this.pattern = pattern;
    }

    public String label() {
        return label;
    }

    /** The Quick Reference pattern of the same name, for findings that recommend it; null for a static child. */
    public Pattern pattern() {
        return pattern;
    }

    /** The placement with this exact label. */
    public static Placement fromLabel(String label) {
        for (Placement p : values()) {
            if (p.label.equals(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown placement '" + label + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
