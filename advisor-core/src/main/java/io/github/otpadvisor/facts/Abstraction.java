package io.github.otpadvisor.facts;

import io.github.otpadvisor.decision.Pattern;

/** The OTP abstraction a module uses today ({@code use GenServer}, {@code @behaviour :gen_statem}...). */
public enum Abstraction {
    GENSERVER("GenServer", Pattern.GENSERVER),
    GEN_STATEM("gen_statem", Pattern.GENSERVER),
    AGENT("Agent", Pattern.AGENT),
    TASK("Task", Pattern.TASK),
    SUPERVISOR("Supervisor", Pattern.SUPERVISOR),
    DYNAMIC_SUPERVISOR("DynamicSupervisor", Pattern.DYNAMIC_SUPERVISOR_REGISTRY),
    /** Not a process module. */
    NONE("none", Pattern.FUNCTIONS);

    private final String label;
    private final Pattern today;

    Abstraction(String label, Pattern today) {
        this.label = label;
        this.today = today;
    }

    public String label() {
        return label;
    }

    /** The Quick Reference pattern this abstraction stands for, to compare with a recommendation. */
    public Pattern todayPattern() {
        return today;
    }

    public boolean isProcess() {
        return this != NONE;
    }

    public boolean isSupervisor() {
        return this == SUPERVISOR || this == DYNAMIC_SUPERVISOR;
    }

    /** A worker: a process that does the module's own work (not a supervisor). */
    public boolean isWorker() {
        return isProcess() && !isSupervisor();
    }
}
