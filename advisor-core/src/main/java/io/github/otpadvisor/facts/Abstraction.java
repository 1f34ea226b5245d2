package io.github.otpadvisor.facts;

/** The OTP abstraction a module uses today ({@code use GenServer}, {@code @behaviour :gen_statem}...). */
public enum Abstraction {
    GENSERVER("GenServer"),
    GEN_STATEM("gen_statem"),
    AGENT("Agent"),
    TASK("Task"),
    SUPERVISOR("Supervisor"),
    DYNAMIC_SUPERVISOR("DynamicSupervisor"),
    /** Not a process module. */
    NONE("none");

    private final String label;

    Abstraction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
