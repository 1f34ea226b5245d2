package io.github.otpadvisor.facts.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The local calls of one module, split by where they run, to tell which functions run only in the module's own
 * process (RULEBOOK OTP012): its callbacks and the private helpers only they reach. A public function runs in its
 * caller; a helper called from a closure given to another process ({@code Task.start(fn -> work() end)}) runs there.
 */
final class OwnProcessCode {
    /** Callbacks a {@code :gen_server} calls in the process itself. */
    static final Set<String> CALLBACKS = Set.of("init/1", "handle_call/3", "handle_cast/2", "handle_info/2",
            "handle_continue/2", "terminate/2", "code_change/3");

    private final Map<String, Set<String>> here = new HashMap<>();
    private final Map<String, Set<String>> away = new HashMap<>();

    /** {@code from} calls {@code to}; {@code elsewhere} when the call sits in code another process may run. */
    void call(String from, String to, boolean elsewhere) {
        if (from != null && to != null) {
            (elsewhere ? away : here).computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
        }
    }

    /** The functions that run only in the module's process, given whether each function is public. */
    Set<String> functions(ModuleUnit unit) {
        Set<String> inside = reach(CALLBACKS.stream().filter(k -> isPublic(unit, k)).toList(), false);
        Set<String> outsideRoots = new HashSet<>();
        unit.byKey.forEach((k, defs) -> {
            if (defs.get(0).isPublic() && !CALLBACKS.contains(k)) {
                outsideRoots.add(k);
            }
        });
        away.values().forEach(outsideRoots::addAll);
        Set<String> outside = reach(outsideRoots, true);
        inside.removeAll(outside);
        return inside;
    }

    private static boolean isPublic(ModuleUnit unit, String key) {
        return unit.byKey.containsKey(key) && unit.byKey.get(key).get(0).isPublic();
    }

    private Set<String> reach(java.util.Collection<String> roots, boolean withAway) {
        Set<String> seen = new HashSet<>(roots);
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String k = todo.poll();
            for (String next : here.getOrDefault(k, Set.of())) {
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
            if (withAway) {
                for (String next : away.getOrDefault(k, Set.of())) {
                    if (seen.add(next)) {
                        todo.add(next);
                    }
                }
            }
        }
        return seen;
    }
}
