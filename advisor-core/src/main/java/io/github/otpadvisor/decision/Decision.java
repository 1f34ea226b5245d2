package io.github.otpadvisor.decision;

/**
 * What the framework recommends.
 *
 * @param processNeeded whether a long-lived process is called for ("no process without a runtime reason")
 * @param pattern       the one recommended pattern (Quick Reference spelling via {@link Pattern#label()})
 * @param worker        the abstraction of the module itself (Functions, ETS, Agent, GenServer, Task)
 * @param supervision   how it is supervised (Supervisor, Task.Supervisor, DynamicSupervisor + Registry,
 *                      PartitionSupervisor); null when no process is needed
 * @param decidedBy     the question whose answer chose {@link #worker}
 * @param rationale     why, in the framework's terms, one or two sentences
 */
public record Decision(boolean processNeeded, Pattern pattern, Pattern worker, Pattern supervision,
                       Question decidedBy, String rationale) {
}
