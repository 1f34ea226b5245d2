package io.github.otpadvisor.decision;

/**
 * The patterns of the OTP Advisor Quick Reference, spelled exactly as there ({@link #label()}); these
 * labels are a public interface (JSON {@code recommendation}, reports, configuration). A module's
 * abstraction is one of the {@link #isAbstraction() abstractions}; {@code Task.Supervisor},
 * {@code DynamicSupervisor + Registry} and {@code PartitionSupervisor} are also {@link Placement placements},
 * and a finding about how a process is started recommends them by these values.
 */
public enum Pattern {
    FUNCTIONS("Functions", false),
    AGENT("Agent", true),
    ETS("ETS", false),
    GENSERVER("GenServer", true),
    /** A {@code :gen_statem} that needs its state machine: the seed's GenServer row, kept in its form. */
    GEN_STATEM("gen_statem", true),
    TASK("Task", true),
    TASK_SUPERVISOR("Task.Supervisor", true),
    SUPERVISOR("Supervisor", true),
    DYNAMIC_SUPERVISOR("DynamicSupervisor", true),
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

    /** One of the RULEBOOK §3 abstractions of a module itself (not a placement). */
    public boolean isAbstraction() {
        return this != TASK_SUPERVISOR && this != DYNAMIC_SUPERVISOR_REGISTRY && this != PARTITION_SUPERVISOR;
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
