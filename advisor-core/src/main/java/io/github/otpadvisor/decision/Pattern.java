package io.github.otpadvisor.decision;

/**
 * The patterns of the OTP Advisor Quick Reference, spelled exactly as there ({@link #label()}); these
 * labels are a public interface (JSON {@code recommendation}, reports, configuration).
 */
public enum Pattern {
    FUNCTIONS("Functions", false),
    AGENT("Agent", true),
    ETS("ETS", false),
    GENSERVER("GenServer", true),
    TASK("Task", true),
    TASK_SUPERVISOR("Task.Supervisor", true),
    SUPERVISOR("Supervisor", true),
    DYNAMIC_SUPERVISOR_REGISTRY("DynamicSupervisor + Registry", true),
    PARTITION_SUPERVISOR("PartitionSupervisor", true);

    private final String label;
    private final boolean process;

    Pattern(String label, boolean process) {
        this.label = label;
        this.process = process;
    }

    /** The Quick Reference spelling, e.g. {@code "DynamicSupervisor + Registry"}. */
    public String label() {
        return label;
    }

    /**
     * Whether the pattern means a long-lived process of the module's own. ETS is not one: the table
     * needs an owner, but reads and writes do not go through a process.
     */
    public boolean isProcess() {
        return process;
    }

    /** The pattern with this exact label. */
    public static Pattern fromLabel(String label) {
        for (Pattern p : values()) {
            if (p.label.equals(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown pattern '" + label + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
