package io.github.otpadvisor.facts;

/**
 * One function of a module (all clauses of {@code name/arity} together).
 *
 * @param hasReceive    a {@code receive} appears in its body
 * @param selfRecursive it calls itself (a loop when combined with {@code receive})
 */
public record FunctionInfo(String name, int arity, boolean isPublic, Location location, int clauses,
                           boolean hasReceive, boolean selfRecursive) {
    public String key() {
        return name + "/" + arity;
    }

    /** A {@code receive} loop: the function waits for messages and calls itself again. */
    public boolean receiveLoop() {
        return hasReceive && selfRecursive;
    }
}
