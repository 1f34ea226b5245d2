package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.ChildrenList;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.ModuleFacts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which functions are reached from a request path, and which only at boot (RULEBOOK §2 "start rate").
 * Breadth first over the {@link CallGraph} with a visited set, once per kind of entry, so each function
 * is visited at most three times and the path kept is a shortest one.
 *
 * <p>Boot entries: {@code start/2} of Application modules, {@code init/1} of supervisors, and the start-up
 * callbacks ({@code start_link}, {@code init/1}, {@code handle_continue/2}) of modules listed in a static
 * children list: those run once per listing. Messages do not carry boot on (a timer armed at boot fires
 * later, at its own rate).
 */
public final class CallPaths {
    /** A request path: the entry's kind and the functions from the entry down to the target. */
    public record RequestPath(String entryKind, boolean humanRate, List<String> functions) {
        public RequestPath {
            functions = List.copyOf(functions);
        }

        /** {@code MyAppWeb.RoomChannel.join/3 -> MyApp.Rooms.open/1}. */
        public String text() {
            return String.join(" -> ", functions);
        }
    }

    private final Map<String, String> burstFrom;
    private final Map<String, String> unserializedBurstFrom;
    private final Map<String, String> humanFrom;
    private final Set<String> boot;
    private final Set<String> listed;
    private final Set<String> tools;
    private final Map<String, RequestEntries.Entry> entries = new HashMap<>();
    /** Per process module, the external I/O its handlers reach through other modules ({@link HandlerIo}). */
    private final Map<String, List<io.github.otpadvisor.facts.Evidence>> handlerIo;
    private final Map<String, List<io.github.otpadvisor.facts.Evidence>> handlerWrites;
    private final Map<String, List<io.github.otpadvisor.facts.EtsTable>> reachedTables;
    private final Map<String, List<io.github.otpadvisor.facts.Evidence>> unknownCalls;

    CallPaths(List<FileFacts> files, Map<String, ModuleFacts> modules, Set<String> staticallyListed) {
        CallGraph graph = new CallGraph(files, modules);
        this.listed = Set.copyOf(staticallyListed);
        List<String> burst = new ArrayList<>();
        List<String> human = new ArrayList<>();
        List<String> bootEntries = new ArrayList<>();
        List<String> toolEntries = new ArrayList<>();
        for (FileFacts f : files) {
            if (f.test() || f.script()) {
                continue;
            }
            for (ModuleFacts m : f.modules()) {
                boolean listed = staticallyListed.contains(m.name());
                for (FunctionInfo fn : m.functions()) {
                    String key = fn.key();
                    String node = CallGraph.node(m.name(), key);
                    RequestEntries.Entry e = RequestEntries.of(m, key, fn.name(), fn.arity(), fn.isPublic());
                    if (tool(m, fn)) {
                        toolEntries.add(node);
                    }
                    if (e != null) {
                        entries.put(node, e);
                        (e.humanRate() ? human : burst).add(node);
                    } else if (m.application() && fn.key().equals("start/2")
                            || m.abstraction().isSupervisor() && fn.key().equals("init/1")
                            || listed && (fn.name().equals("start_link") || fn.key().equals("init/1")
                            || fn.key().equals("handle_continue/2"))) {
                        bootEntries.add(node);
                    }
                }
            }
        }
        this.burstFrom = bfs(burst, graph::callees);
        Set<String> singletons = singletons(files);
        // an entry keeps its own rate (a consumer's deliveries); a singleton reached from it paces what follows
        this.unserializedBurstFrom = bfs(burst, n -> unserialized(graph.callees(n), singletons));
        this.humanFrom = bfs(human, graph::callees);
        this.boot = bfs(bootEntries, graph::directCallees).keySet();
        this.tools = bfs(toolEntries, graph::callees).keySet();
        this.handlerIo = HandlerIo.of(modules.values(), graph);
        Map<String, List<io.github.otpadvisor.facts.Evidence>> writes = new HashMap<>(
                HandlerIo.checkThenWrite(modules.values(), graph));
        HandlerIo.singleFlight(modules.values(), graph).forEach((m, ev) -> writes.merge(m, ev, (a, b) -> {
            List<io.github.otpadvisor.facts.Evidence> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        }));
        this.handlerWrites = writes;
        this.reachedTables = HandlerIo.tables(modules.values(), graph,
                files.stream().filter(f -> !f.test()).flatMap(f -> f.etsTables().stream()).toList());
        this.unknownCalls = UnknownCalls.of(modules.values(), modules, files, graph);
    }

    /** What {@code module}'s callbacks call whose effects are not known ({@link UnknownCalls}). */
    List<io.github.otpadvisor.facts.Evidence> unknownCalls(String module) {
        return unknownCalls.getOrDefault(module, List.of());
    }

    /** The ETS tables {@code module}'s callbacks create through other modules' functions ({@link HandlerIo#tables}). */
    List<io.github.otpadvisor.facts.EtsTable> reachedTables(String module) {
        return reachedTables.getOrDefault(module, List.of());
    }

    /** The external I/O {@code module}'s handlers reach through other modules' functions, one per handler. */
    List<io.github.otpadvisor.facts.Evidence> handlerIo(String module) {
        return handlerIo.getOrDefault(module, List.of());
    }

    /** The check-then-writes {@code module}'s calls and casts reach through other functions ({@link HandlerIo#checkThenWrite}). */
    List<io.github.otpadvisor.facts.Evidence> handlerWrites(String module) {
        return handlerWrites.getOrDefault(module, List.of());
    }

    /**
     * Modules that register one fixed name ({@code name: __MODULE__}), or whose own API calls or casts to their
     * module name ({@code GenServer.cast(__MODULE__, ..)}: dara-dots' TttPlayerQueue registers
     * {@code name: opts[:name]} after {@code Keyword.put_new(opts, :name, __MODULE__)}): one process each.
     */
    private static Set<String> singletons(List<FileFacts> files) {
        Set<String> out = new HashSet<>();
        for (FileFacts f : files) {
            f.names().stream().filter(n -> !n.lookup() && n.fixed() && n.owner() != null
                    && n.kind() == io.github.otpadvisor.facts.NameRef.Kind.MODULE && n.owner().equals(n.module()))
                    .forEach(n -> out.add(n.owner()));
            f.sends().stream().filter(s -> !s.inTest() && s.module() != null
                    && (s.kind() == io.github.otpadvisor.facts.MessageSend.Kind.GENSERVER_CALL
                    || s.kind() == io.github.otpadvisor.facts.MessageSend.Kind.GENSERVER_CAST)
                    && s.target().kind() == io.github.otpadvisor.facts.Target.Kind.MODULE
                    && s.module().equals(s.target().module()))
                    .forEach(s -> out.add(s.module()));
        }
        return out;
    }

    /** The callees that are no singleton's callback: the same set when none is (most functions). */
    private static Set<String> unserialized(Set<String> callees, Set<String> singletons) {
        Set<String> out = null;
        for (String c : callees) {
            if (singletonCallback(c, singletons)) {
                if (out == null) {
                    out = new LinkedHashSet<>(callees);
                }
                out.remove(c);
            }
        }
        return out == null ? callees : out;
    }

    private static final Set<String> SERVER_CALLBACKS = Set.of("handle_call/3", "handle_cast/2", "handle_info/2");

    /** {@code Matchmaking.handle_call/3} of a singleton: whatever it runs is already serialized by its mailbox. */
    private static boolean singletonCallback(String node, Set<String> singletons) {
        String module = CallGraph.moduleOf(node);
        return !module.equals(node) && SERVER_CALLBACKS.contains(node.substring(module.length() + 1))
                && singletons.contains(module);
    }

    /** A command's entry: a Mix task's {@code run/1}, or an escript's {@code main/1}. */
    private static boolean tool(ModuleFacts m, FunctionInfo fn) {
        return fn.isPublic() && (fn.key().equals("run/1") && (m.name().startsWith("Mix.Tasks.")
                || m.uses().contains("Mix.Task")) || fn.key().equals("main/1") || fn.key().equals("main/0"));
    }

    /** Breadth first from the entries: each reached function -> the one it was reached from ("" for entries). */
    private static Map<String, String> bfs(List<String> starts, Function<String, Set<String>> next) {
        Map<String, String> from = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>();
        for (String s : starts) {
            if (from.putIfAbsent(s, "") == null) {
                todo.add(s);
            }
        }
        while (!todo.isEmpty()) {
            String n = todo.poll();
            for (String c : next.apply(n)) {
                if (from.putIfAbsent(c, n) == null) {
                    todo.add(c);
                }
            }
        }
        return from;
    }

    /**
     * A path from a request entry to {@code module.function} ({@code name/arity}), one that can arrive in
     * bursts when there is one, else a human-rate one; null when no request path reaches it.
     */
    public RequestPath requestPath(String module, String function) {
        RequestPath p = burstPath(module, function);
        return p != null ? p : path(humanFrom, module, function);
    }

    /** A path from an entry whose requests can arrive in bursts (not a person opening a page), or null. */
    public RequestPath burstPath(String module, String function) {
        return path(burstFrom, module, function);
    }

    /** A children list of the project names the module: its {@code init/1} runs in the child it starts. */
    public boolean listedChild(String module) {
        return module != null && listed.contains(module);
    }

    /**
     * Run only by a command ({@code mix credo --watch}, an escript's {@code main/1}): reached from a Mix task or
     * escript entry and from no request path or boot step, so it lives as long as the command.
     */
    public boolean onlyFromCommands(String module, String function) {
        if (module == null || function == null) {
            return false;
        }
        String node = CallGraph.node(module, function);
        return tools.contains(node) && !burstFrom.containsKey(node) && !humanFrom.containsKey(node)
                && !boot.contains(node);
    }

    /**
     * A burst path that no singleton server's callback serializes on the way (a join that calls a matchmaking
     * singleton which then starts children is paced by that singleton's mailbox, not by the supervisor), or null.
     */
    public RequestPath unserializedBurstPath(String module, String function) {
        return path(unserializedBurstFrom, module, function);
    }

    /** Reached from a boot entry. */
    public boolean atBoot(String module, String function) {
        return module != null && function != null && boot.contains(CallGraph.node(module, function));
    }

    private RequestPath path(Map<String, String> from, String module, String function) {
        if (module == null || function == null) {
            return null;
        }
        String node = CallGraph.node(module, function);
        if (!from.containsKey(node)) {
            return null;
        }
        List<String> nodes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String n = node; n != null && !n.isEmpty() && seen.add(n); n = from.get(n)) {
            nodes.add(n);
        }
        Collections.reverse(nodes);
        RequestEntries.Entry e = entries.get(nodes.get(0));
        return new RequestPath(e == null ? "request path" : e.label(), e != null && e.humanRate(), nodes);
    }

    /** Whether a children list names the module (its start-up callbacks then run at boot). */
    static Set<String> listed(List<FileFacts> files) {
        Set<String> out = new HashSet<>();
        for (FileFacts f : files) {
            if (f.test()) {
                continue;
            }
            for (ChildrenList l : f.childrenLists()) {
                l.children().forEach(c -> {
                    if (c.module() != null) {
                        out.add(c.module());
                    }
                });
            }
        }
        return out;
    }
}
