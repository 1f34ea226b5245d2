package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.EtsTable;
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
 * The external I/O a process module's callbacks reach through other project modules' functions: a timer's
 * {@code handle_info(:crawl_latest, ...)} calls {@code Crawlers.Nyaa.crawl_latest/0}, which calls
 * {@code HTTPoison.get!}. The I/O runs in the process as surely as if the callback made the call itself (RULEBOOK
 * §1, isolation need). Likewise the ETS tables they create through another module ({@code init/1} calling
 * {@code Telemetry.Stats.new_table/1}, dotcom's stats servers): the process owns them. Calls that message another
 * process are not followed: that work runs there.
 */
final class HandlerIo {
    private static final List<String> CALLBACKS = List.of("init/1", "handle_call/3", "handle_cast/2",
            "handle_info/2", "handle_continue/2");
    /** Calls followed from a handler: deep enough for a context module's helper, bounded for large projects. */
    private static final int MAX_DEPTH = 6;
    private static final int MAX_VISITED = 2_000;

    private HandlerIo() {
    }

    /** Per process module, one evidence per callback that reaches external I/O in another module. */
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
        forEachReached(modules, graph, io, (m, callback, n, path) -> {
            Signal s = io.get(n);
            out.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(Evidence.at(s.location(), callback
                    + " calls " + path + ", which does external I/O: " + s.text()));
        });
        return out;
    }

    /**
     * Per process module, one evidence per {@code handle_call}/{@code handle_cast} that reaches, through other
     * functions, a database transaction or a write below a read on the same call path: a check-then-write (aircloak's
     * data-source registration: {@code DataSource.create_or_update_data_source/1} reads with {@code Repo.get_by}, then
     * its {@code create!/1} inserts). The callback's own signals do not count here: its clauses are told apart by
     * their own effects, and a server whose read clause and write clause are different calls checks nothing.
     */
    static Map<String, List<Evidence>> checkThenWrite(Collection<ModuleFacts> modules, CallGraph graph) {
        Map<String, Signal> writes = new HashMap<>();
        Map<String, Signal> transactions = new HashMap<>();
        java.util.Set<String> reads = new java.util.HashSet<>();
        for (ModuleFacts m : modules) {
            for (Signal s : m.signals()) {
                if (s.function() == null) {
                    continue;
                }
                String n = CallGraph.node(m.name(), s.function());
                if (s.databaseWrite()) {
                    writes.putIfAbsent(n, s);
                } else if (s.transaction()) {
                    transactions.putIfAbsent(n, s);
                } else if (s.databaseRead()) {
                    reads.add(n);
                }
            }
        }
        if (writes.isEmpty() && transactions.isEmpty()) {
            return new HashMap<>();
        }
        return perCallOrCast(modules, (m, callback) -> checkThenWrite(m.name(), callback, graph, writes, transactions,
                reads).orElse(null));
    }

    /**
     * Per process module, the evidence {@code found} gives for each of its handle_call/3 and handle_cast/2 (null:
     * none), in that order.
     */
    private static Map<String, List<Evidence>> perCallOrCast(Collection<ModuleFacts> modules,
                                                             java.util.function.BiFunction<ModuleFacts, String,
                                                                     Evidence> found) {
        Map<String, List<Evidence>> out = new HashMap<>();
        for (ModuleFacts m : modules) {
            if (!m.isProcess()) {
                continue;
            }
            for (String callback : List.of("handle_call/3", "handle_cast/2")) {
                if (m.functions().stream().anyMatch(f -> f.key().equals(callback))) {
                    Evidence e = found.apply(m, callback);
                    if (e != null) {
                        out.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(e);
                    }
                }
            }
        }
        return out;
    }

    /** Breadth first from the callback: the first transaction, or write with a read above it, that it reaches. */
    private static java.util.Optional<Evidence> checkThenWrite(String module, String callback, CallGraph graph,
                                                              Map<String, Signal> writes,
                                                              Map<String, Signal> transactions,
                                                              java.util.Set<String> reads) {
        String start = CallGraph.node(module, callback);
        Map<String, String> from = new HashMap<>();
        java.util.Set<String> readAbove = new java.util.HashSet<>();
        return java.util.Optional.ofNullable(breadthFirst(start, graph, from, n -> {
            if (n.equals(start)) {
                return null; // its clauses are told apart by their own effects
            }
            boolean read = readAbove.contains(from.get(n)) || reads.contains(n);
            if (read) {
                readAbove.add(n);
            }
            Signal s = transactions.containsKey(n) ? transactions.get(n) : read ? writes.get(n) : null;
            return s == null ? null : Evidence.at(s.location(), callback + " calls " + chain(n, from, start::equals)
                    + (s.transaction() ? ", which runs a transaction: " : ", which writes what a call before it read: ")
                    + s.text());
        }));
    }

    /**
     * Per process module, one evidence per {@code handle_call}/{@code handle_cast} that reaches, in its own code or
     * through other functions, a lookup whose miss branch waits for another process to fetch what it missed (rube's
     * TokenIndexer: {@code with {:error, :not_found} <- Tokens.find(..) do TokenBuilder.fetch(..) end}, where
     * {@code TokenBuilder.fetch/2} is a {@code GenServer.call} that fetches and stores). One caller at a time, a
     * second caller that missed the same key looks it up after the first one's fetch has returned, so callers that
     * miss together fetch it once; per-call tasks would each fetch. A fill that only casts waits for nothing: no
     * such guarantee (rube's FeedIndexer).
     */
    static Map<String, List<Evidence>> singleFlight(Collection<ModuleFacts> modules, CallGraph graph) {
        Map<String, Signal> fills = new HashMap<>();
        Map<String, ModuleFacts> byName = new HashMap<>();
        for (ModuleFacts m : modules) {
            byName.putIfAbsent(m.name(), m);
            for (Signal s : m.signals()) {
                if (s.kind() == Signal.Kind.MISS_FILL && s.function() != null) {
                    fills.putIfAbsent(CallGraph.node(m.name(), s.function()), s);
                }
            }
        }
        if (fills.isEmpty()) {
            return new HashMap<>();
        }
        return perCallOrCast(modules, (m, callback) -> {
            String start = CallGraph.node(m.name(), callback);
            Map<String, String> from = new HashMap<>();
            return breadthFirst(start, graph, from, n -> {
                Signal s = fills.get(n);
                String fill = s == null ? null : s.fill();
                String waits = fill == null ? null : waitsFor(fill, m.name(), byName, graph);
                return waits == null ? null : Evidence.at(s.location(), callback + (n.equals(start) ? ""
                        : " calls " + chain(n, from, start::equals) + ", which") + " fetches with " + fill
                        + " only when " + s.lookup() + " misses, and " + fill + " " + waits
                        + ": callers that miss one key together fetch it once");
            });
        });
    }

    /** A call that waits for the reply: {@code GenServer.call(..)} and its Erlang and gen_statem forms. */
    private static final java.util.regex.Pattern SYNC_CALL = java.util.regex.Pattern.compile(
            "(GenServer|:gen_server|:gen_statem|GenStateMachine)\\.call\\(");

    /**
     * How {@code fill} ({@code Mod.fun/arity}) waits for another process module's process: "calls Mod's process and
     * waits for its reply" when it, or a function of its module it calls, makes a {@code GenServer.call}; else null.
     */
    private static String waitsFor(String fill, String caller, Map<String, ModuleFacts> modules, CallGraph graph) {
        String module = CallGraph.moduleOf(fill);
        ModuleFacts target = modules.get(module);
        if (target == null || !target.isProcess() || module.equals(caller)) {
            return null;
        }
        java.util.Set<String> calls = new java.util.HashSet<>();
        for (Signal s : target.signals()) {
            if (s.kind() == Signal.Kind.PROCESS_CALL && s.function() != null && s.text() != null
                    && SYNC_CALL.matcher(s.text()).lookingAt()) {
                calls.add(CallGraph.node(module, s.function()));
            }
        }
        String found = breadthFirst(fill, graph, new HashMap<>(), n -> CallGraph.moduleOf(n).equals(module)
                && calls.contains(n) ? n : null);
        return found == null ? null : "calls " + module + "'s process and waits for its reply";
    }

    /**
     * Per process module, the ETS tables a callback creates through another module's function: each as the table
     * created, in the callback that reaches it (so a restart's {@code init/1} creates it again).
     */
    static Map<String, List<EtsTable>> tables(Collection<ModuleFacts> modules, CallGraph graph,
                                              Collection<EtsTable> all) {
        Map<String, EtsTable> created = new HashMap<>();
        for (EtsTable t : all) {
            if (t.module() != null && t.function() != null && !t.inTest() && t.spawnedBy() == null) {
                created.putIfAbsent(CallGraph.node(t.module(), t.function()), t);
            }
        }
        Map<String, List<EtsTable>> out = new HashMap<>();
        forEachReached(modules, graph, created, (m, callback, n, path) -> {
            EtsTable t = created.get(n);
            List<EtsTable> mine = out.computeIfAbsent(m.name(), k -> new ArrayList<>());
            if (mine.stream().anyMatch(x -> x.location().equals(t.location()))) {
                return; // init/1 first: the callback that creates it again after a restart
            }
            // a name given by the caller (:ets.new(name, ..) in the helper) is told by the helper that makes it
            String name = t.name() != null && t.name().matches("[a-z_][A-Za-z0-9_]*") ? "made by " + n
                    : t.name();
            mine.add(new EtsTable(name, t.options(), t.named(), t.access(), t.readConcurrency(), t.writeConcurrency(),
                    m.name(), callback, t.location(), false, null));
        });
        return out;
    }

    /** What is reached: the process module, its callback, the node of the other module, the call path to it. */
    private interface Reached {
        void at(ModuleFacts m, String callback, String node, String path);
    }

    private static void forEachReached(Collection<ModuleFacts> modules, CallGraph graph, Map<String, ?> targets,
                                       Reached sink) {
        if (targets.isEmpty()) {
            return;
        }
        for (ModuleFacts m : modules) {
            if (!m.isProcess()) {
                continue;
            }
            for (String callback : CALLBACKS) {
                if (m.functions().stream().noneMatch(f -> f.key().equals(callback))) {
                    continue;
                }
                Map<String, String> from = new HashMap<>();
                String n = reach(m.name(), callback, graph, targets, from);
                if (n != null) {
                    sink.at(m, callback, n, path(n, from, m.name()));
                }
            }
        }
    }

    /** Breadth first from the callback: the nearest function of another module among {@code targets}, or null. */
    private static String reach(String module, String handler, CallGraph graph, Map<String, ?> targets,
                                Map<String, String> from) {
        return breadthFirst(CallGraph.node(module, handler), graph, from,
                n -> targets.containsKey(n) && !module.equals(CallGraph.moduleOf(n)) ? n : null);
    }

    /**
     * Breadth first from {@code start} over the functions it calls, {@link #MAX_DEPTH} deep and {@link #MAX_VISITED}
     * functions at most, each function's caller kept in {@code from}: the first value {@code visit} gives, or null.
     */
    static <T> T breadthFirst(String start, CallGraph graph, Map<String, String> from,
                                      java.util.function.Function<String, T> visit) {
        Map<String, Integer> depth = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>();
        from.put(start, "");
        depth.put(start, 0);
        todo.add(start);
        while (!todo.isEmpty() && from.size() < MAX_VISITED) {
            String n = todo.poll();
            T found = visit.apply(n);
            if (found != null) {
                return found;
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
        return chain(end, from, n -> module.equals(CallGraph.moduleOf(n)));
    }

    /** The calls that lead to {@code end}, from the first one after those {@code before} holds for, named as {@link #path}. */
    static String chain(String end, Map<String, String> from, java.util.function.Predicate<String> before) {
        List<String> nodes = new ArrayList<>();
        for (String n = end; !n.isEmpty() && !before.test(n); n = from.get(n)) {
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
