package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.Signal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The external I/O a process module's handlers reach through other project modules' functions: a timer's
 * {@code handle_info(:crawl_latest, ...)} calls {@code Crawlers.Nyaa.crawl_latest/0}, which calls
 * {@code HTTPoison.get!}. The I/O runs in the process as surely as if the handler made the call itself (RULEBOOK
 * §1, isolation need). Calls that message another process are not followed: that work runs there.
 */
final class HandlerIo {
    private static final List<String> HANDLERS = List.of("handle_call/3", "handle_cast/2", "handle_info/2",
            "handle_continue/2");
    /** Calls followed from a handler: deep enough for a context module's helper, bounded for large projects. */
    private static final int MAX_DEPTH = 6;
    private static final int MAX_VISITED = 2_000;

    private HandlerIo() {
    }

    /** Per process module, one evidence per handler callback that reaches external I/O in another module. */
    static Map<String, List<Evidence>> of(Collection<ModuleFacts> modules, CallGraph graph) {
        Map<String, Signal> io = new HashMap<>();
        for (ModuleFacts m : modules) {
            for (Signal s : m.signals()) {
                if (s.function() != null && s.kind().externalIo()) {
                    io.putIfAbsent(CallGraph.node(m.name(), s.function()), s);
                }
            }
        }
        Map<String, List<Evidence>> out = new HashMap<>();
        if (io.isEmpty()) {
            return out;
        }
        for (ModuleFacts m : modules) {
            if (!m.isProcess()) {
                continue;
            }
            for (String handler : HANDLERS) {
                if (m.functions().stream().noneMatch(f -> f.key().equals(handler))) {
                    continue;
                }
                Evidence e = reach(m.name(), handler, graph, io);
                if (e != null) {
                    out.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        return out;
    }

    /** Breadth first from the handler: the nearest function of another module that does external I/O. */
    private static Evidence reach(String module, String handler, CallGraph graph, Map<String, Signal> io) {
        String start = CallGraph.node(module, handler);
        Map<String, String> from = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>();
        from.put(start, "");
        depth.put(start, 0);
        todo.add(start);
        while (!todo.isEmpty() && from.size() < MAX_VISITED) {
            String n = todo.poll();
            Signal s = io.get(n);
            if (s != null && !module.equals(CallGraph.moduleOf(n))) {
                return Evidence.at(s.location(), handler + " calls " + path(n, from, module)
                        + ", which does external I/O: " + s.text());
            }
            int d = depth.get(n);
            if (d >= MAX_DEPTH) {
                continue;
            }
            for (String next : graph.directCallees(n)) {
                if (from.putIfAbsent(next, n) == null) {
                    depth.put(next, d + 1);
                    todo.add(next);
                }
            }
        }
        return null;
    }

    /**
     * {@code Crawlers.Nyaa.crawl_latest/0, which calls get_rss/0}: the calls from the first one outside the module,
     * a function of the same module as the one before it named by its key alone.
     */
    private static String path(String end, Map<String, String> from, String module) {
        List<String> nodes = new ArrayList<>();
        for (String n = end; !n.isEmpty() && !module.equals(CallGraph.moduleOf(n)); n = from.get(n)) {
            nodes.add(0, n);
        }
        StringBuilder out = new StringBuilder(nodes.get(0));
        for (int i = 1; i < nodes.size(); i++) {
            String n = nodes.get(i);
            String mod = CallGraph.moduleOf(n);
            out.append(", which calls ").append(mod.equals(CallGraph.moduleOf(nodes.get(i - 1))) ? n.substring(mod.length() + 1) : n);
        }
        return out.toString();
    }
}
