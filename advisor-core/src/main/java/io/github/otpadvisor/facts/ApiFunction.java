package io.github.otpadvisor.facts;

import java.util.List;

/**
 * A public function of a process module (not a callback) that runs in its caller and reaches either shared memory
 * or the module's process: it reads or writes ETS, {@code :atomics}, {@code :counters} or {@code :persistent_term}
 * directly, itself or through the functions of the module it calls, or it sends the module's own process a message. A sketch that
 * rewrites the module keeps it from this: a {@link #bypass} as written (its reads never wait on the process), a
 * client function with today's name, parameters and message.
 *
 * @param reads    it reads shared memory directly ({@code :ets.lookup}, {@code :atomics.get}, {@code :persistent_term.get})
 * @param writes   it writes shared memory directly ({@code :ets.insert}, {@code :counters.add}, {@code :persistent_term.put})
 * @param messages it (or a private helper it calls) sends a message or call that may reach the module's own process
 * @param clauses  every clause as written, in order; empty when one of them does not read back exactly
 * @param rescues  a clause ends in a function-level {@code rescue} (skate's {@code lookup/1} rescuing the
 *                 ArgumentError of a missing table and returning {@code []}), or the private helper it reads through
 *                 does, or the code that reads checks the table exists first ({@code :ets.whereis}): it does not raise
 *                 where it reads
 * @param returns  the return type its {@code @spec} gives, as written ({@code {:ok, token} | {:error, term}}); null
 *                 without one
 * @param params   the parameter types its {@code @spec} gives, as written ({@code String.t()}, {@code DateTime.t()}),
 *                 one per parameter; empty without one
 */
public record ApiFunction(String name, int arity, boolean reads, boolean writes, boolean messages,
                          List<Clause> clauses, boolean rescues, String returns, List<String> params) {
    public ApiFunction {
        name = Interned.of(name);
        clauses = List.copyOf(clauses);
        params = params == null ? List.of() : List.copyOf(params);
    }

    public ApiFunction(String name, int arity, boolean reads, boolean writes, boolean messages, List<Clause> clauses,
                       boolean rescues, String returns) {
        this(name, arity, reads, writes, messages, clauses, rescues, returns, null);
    }

    public ApiFunction(String name, int arity, boolean reads, boolean writes, boolean messages, List<Clause> clauses,
                       boolean rescues) {
        this(name, arity, reads, writes, messages, clauses, rescues, null);
    }

    public ApiFunction(String name, int arity, boolean reads, boolean writes, boolean messages, List<Clause> clauses) {
        this(name, arity, reads, writes, messages, clauses, false, null);
    }

    /**
     * One clause as written.
     *
     * @param head {@code def get(key) when is_atom(key)}, up to its {@code do}
     * @param body its body, dedented (several lines); null for a head without one, which declares defaults
     */
    public record Clause(String head, String body) {
    }

    public String key() {
        return name + "/" + arity;
    }

    /** It reads or writes shared memory and sends its own process nothing: the read goes straight to the table. */
    public boolean bypass() {
        return (reads || writes) && !messages;
    }

    /** Its code is known as written. */
    public boolean written() {
        return !clauses.isEmpty();
    }
}
