package io.github.otpadvisor.facts.extract;

import io.github.otpadvisor.elixir.ast.Int;
import io.github.otpadvisor.elixir.ast.Quoted;
import java.util.Set;

/**
 * Where a function value runs (RULEBOOK OTP012): {@code self()} is the module's process only in code that runs in
 * it. A closure given to {@code spawn}, a {@code Task} or an {@code Agent} runs in another process; one given to
 * {@code Enum.map} runs right here; one given to anything else (a library callback, a telemetry handler, a child
 * spec) may run anywhere.
 */
final class ClosureRuns {
    /** Modules whose functions call the function they are given at once, in the caller. */
    private static final Set<String> RUN_HERE = Set.of("Enum", "Stream", "Map", "List", "Keyword", "MapSet",
            ":lists", ":maps", "Access", "Tuple", "Range");
    /** Kernel functions that call their function argument at once. */
    private static final Set<String> KERNEL_HERE = Set.of("then", "tap", "update_in", "get_and_update_in", "get_in");

    private ClosureRuns() {
    }

    /** {@code fn -> .. end} or a capture ({@code &helper/1}, {@code &send(self(), &1)}), not a {@code &1} placeholder. */
    static boolean isFunction(Quoted q) {
        if (Q.isLocal(q, "fn")) {
            return true;
        }
        return Q.isLocal(q, "&") && Q.args(q).size() == 1 && !(Q.args(q).get(0) instanceof Int);
    }

    /** A function given as an argument of {@code c} runs right here, in the caller's process. */
    static boolean runsHere(CallInfo c) {
        if (c == null) {
            return false;
        }
        return c.module() == null ? KERNEL_HERE.contains(c.fun()) : RUN_HERE.contains(c.module());
    }

    /** The arguments of {@code c} run in another process: {@link #spawnsClosure}, {@code Agent.*}, {@code :rpc}... */
    static boolean startsProcess(CallInfo c) {
        if (c == null) {
            return false;
        }
        return spawnsClosure(c) || switch (c.module() == null ? "" : c.module()) {
            case "Agent", ":proc_lib", ":rpc", ":erpc" -> true;
            case ":erlang" -> c.fun().startsWith("spawn");
            default -> false;
        };
    }

    /**
     * {@code spawn(fn -> .. end)}, {@code Task.start(fn -> .. end)}, {@code Task.Supervisor.*}: the closure runs as a
     * process of its own, which ends when it returns (unlike an Agent's function, run inside a long-lived Agent).
     */
    static boolean spawnsClosure(CallInfo c) {
        return c != null && spawnsClosure(c.module(), c.fun());
    }

    /** {@link #spawnsClosure(CallInfo)} by the module as written ({@code null} for a local call) and function. */
    static boolean spawnsClosure(String m, String f) {
        if (f == null) {
            return false;
        }
        if (m == null || m.equals("Kernel")) {
            return f.startsWith("spawn");
        }
        return switch (m) {
            case "Task" -> !f.equals("await") && !f.equals("await_many") && !f.startsWith("yield")
                    && !f.equals("shutdown") && !f.equals("ignore");
            case "Task.Supervisor" -> true;
            case "Process", "Node" -> f.startsWith("spawn");
            default -> false;
        };
    }
}
