package io.github.otpadvisor.facts;

/**
 * One function of a module (all clauses of {@code name/arity} together).
 *
 * @param hasReceive    a {@code receive} appears in its body
 * @param selfRecursive it calls itself (a loop when combined with {@code receive})
 * @param localCalls    the functions of the same module it calls, as {@code name/arity} (call paths)
 * @param defaults      how many parameters have a default ({@code opts \\ []}): it is also callable with that many
 *                      fewer arguments
 * @param startWrapper  it starts the module it is given under the name it is given, or null
 */
public record FunctionInfo(String name, int arity, boolean isPublic, String file, int line, int column, int clauses,
                           boolean hasReceive, boolean selfRecursive, java.util.Set<String> localCalls,
                           int defaults, StartWrapper startWrapper) {
    public FunctionInfo {
        name = Interned.of(name);
        file = Interned.of(file);
        localCalls = Interned.set(localCalls);
    }

    /** Where its first clause is ({@code file}, {@code line}, {@code column}: kept apart, as a project has many). */
    public FunctionInfo(String name, int arity, boolean isPublic, Location location, int clauses, boolean hasReceive,
                        boolean selfRecursive, java.util.Set<String> localCalls, int defaults,
                        StartWrapper startWrapper) {
        this(name, arity, isPublic, location.file(), location.line(), location.column(), clauses, hasReceive,
                selfRecursive, localCalls, defaults, startWrapper);
    }

    /** Without {@link #startWrapper}. */
    public FunctionInfo(String name, int arity, boolean isPublic, Location location, int clauses, boolean hasReceive,
                        boolean selfRecursive, java.util.Set<String> localCalls, int defaults) {
        this(name, arity, isPublic, location, clauses, hasReceive, selfRecursive, localCalls, defaults, null);
    }

    public Location location() {
        return new Location(file, line, column);
    }

    /** Without {@link #defaults}. */
    public FunctionInfo(String name, int arity, boolean isPublic, Location location, int clauses, boolean hasReceive,
                        boolean selfRecursive, java.util.Set<String> localCalls) {
        this(name, arity, isPublic, location, clauses, hasReceive, selfRecursive, localCalls, 0);
    }

    /** Whether it can be called with {@code n} arguments. */
    public boolean acceptsArity(int n) {
        return n <= arity && n >= arity - defaults;
    }

    /** Without {@link #localCalls}. */
    public FunctionInfo(String name, int arity, boolean isPublic, Location location, int clauses, boolean hasReceive,
                        boolean selfRecursive) {
        this(name, arity, isPublic, location, clauses, hasReceive, selfRecursive, java.util.Set.of());
    }

    public String key() {
        return name + "/" + arity;
    }

    /** A {@code receive} loop: the function waits for messages and calls itself again. */
    public boolean receiveLoop() {
        return hasReceive && selfRecursive;
    }
}
