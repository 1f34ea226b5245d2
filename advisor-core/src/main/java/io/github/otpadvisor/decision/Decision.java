package io.github.otpadvisor.decision;

/**
 * What the framework recommends, in the two parts of RULEBOOK §3.
 *
 * @param processNeeded whether a long-lived process is called for ("no process without a runtime reason")
 * @param abstraction   the abstraction of the module itself: Functions, Task, Agent, ETS, GenServer,
 *                      gen_statem, Supervisor or DynamicSupervisor ({@link Pattern#isAbstraction()})
 * @param placement     how it is started and found: static child, DynamicSupervisor + Registry,
 *                      PartitionSupervisor or Task.Supervisor; null when no process is needed
 * @param decidedBy     the question whose answer chose it
 * @param rationale     why, in the framework's terms, one or two sentences
 */
public record Decision(boolean processNeeded, Pattern abstraction, Placement placement, Question decidedBy,
                       String rationale) {
    public Decision {
        if (abstraction == null || !abstraction.isAbstraction()) {
            throw new IllegalArgumentException("not an abstraction: " + abstraction);
        }
    }

    /** Both parts in one phrase: {@code GenServer under DynamicSupervisor + Registry}, {@code Functions}. */
    public String summary() {
        if (placement == null) {
            return abstraction.label();
        }
        return abstraction.label() + (placement == Placement.STATIC_CHILD ? " as a " : " under ") + placement.label();
    }
}
