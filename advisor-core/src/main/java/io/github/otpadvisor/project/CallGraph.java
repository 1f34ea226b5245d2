package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.RemoteCall;
import io.github.otpadvisor.facts.Target;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Function-level calls across the production modules of a project, as {@code Module.fun/arity} nodes:
 * local calls, remote calls, and messages ({@code GenServer.call/cast} and {@code send} to a module's
 * registered name lead to its {@code handle_call/3}, {@code handle_cast/2}, {@code handle_info/2}). A call
 * that leaves out default arguments reaches the definition with the fewest extra parameters.
 */
final class CallGraph {
    private final Map<String, Set<String>> callees = new HashMap<>();
    /** Message edges alone: they carry a request on, but a timer a boot step arms is not boot. */
    private final Map<String, Set<String>> messages = new HashMap<>();
    /** One string per node: an edge's ends are built anew at each call, and a large project has millions of edges. */
    private final Map<String, String> nodes = new HashMap<>();
    private final Map<ModuleFacts, Map<String, String>> resolvedIn = new IdentityHashMap<>();

    CallGraph(List<FileFacts> files, Map<String, ModuleFacts> modules) {
        for (FileFacts f : files) {
            if (f.test()) {
                continue;
            }
            for (ModuleFacts m : f.modules()) {
                for (FunctionInfo fn : m.functions()) {
                    if (fn.localCalls().isEmpty()) {
                        continue;
                    }
                    String from = one(node(m.name(), fn.key()));
                    for (String local : fn.localCalls()) {
                        edge(from, node(m.name(), local));
                    }
                }
            }
            for (RemoteCall c : f.remoteCalls()) {
                if (c.fromModule() == null || c.fromFunction() == null) {
                    continue;
                }
                String to = resolved(modules.get(c.toModule()), c.function(), c.arity());
                if (to != null) {
                    edge(node(c.fromModule(), c.fromFunction()), to);
                }
            }
            for (MessageSend s : f.sends()) {
                String handler = handler(s.kind());
                String target = s.target().kind() == Target.Kind.MODULE ? s.target().module()
                        : s.target().kind() == Target.Kind.SELF ? s.module() : null;
                ModuleFacts t = target == null ? null : modules.get(target);
                if (handler != null && t != null && s.module() != null && s.function() != null
                        && t.function(handler).isPresent()) {
                    edge(node(s.module(), s.function()), node(target, handler));
                    messages.computeIfAbsent(one(node(s.module(), s.function())), k -> new LinkedHashSet<>())
                            .add(one(node(target, handler)));
                }
            }
        }
    }

    static String node(String module, String key) {
        return module + "." + key;
    }

    /** The module of a {@link #node} ({@code Crawlers.Nyaa} of {@code Crawlers.Nyaa.get_rss/0}). */
    static String moduleOf(String node) {
        int slash = node.indexOf('/');
        int dot = slash < 0 ? -1 : node.lastIndexOf('.', slash);
        return dot < 0 ? node : node.substring(0, dot);
    }

    /** The functions {@code node} calls. */
    Set<String> callees(String node) {
        return callees.getOrDefault(node, Set.of());
    }

    /** The functions {@code node} calls directly (no message edges). */
    Set<String> directCallees(String node) {
        Set<String> all = callees.getOrDefault(node, Set.of());
        Set<String> msg = messages.get(node);
        if (msg == null) {
            return all;
        }
        Set<String> out = new LinkedHashSet<>(all);
        out.removeAll(msg);
        return out;
    }

    private void edge(String from, String to) {
        if (!from.equals(to)) {
            callees.computeIfAbsent(one(from), k -> new LinkedHashSet<>()).add(one(to));
        }
    }

    private String one(String node) {
        String known = nodes.putIfAbsent(node, node);
        return known == null ? node : known;
    }

    private static String handler(MessageSend.Kind kind) {
        return switch (kind) {
            case GENSERVER_CALL -> "handle_call/3";
            case GENSERVER_CAST -> "handle_cast/2";
            case SEND, SEND_AFTER -> "handle_info/2";
            default -> null;
        };
    }

    /**
     * The callee's node: exact, else the same name with the fewest more parameters (defaults). Remembered per
     * module, name and arity: a project calls the same few functions from thousands of places, and a module's
     * functions are many.
     */
    private String resolved(ModuleFacts m, String name, int arity) {
        if (m == null) {
            return null;
        }
        Map<String, String> known = resolvedIn.computeIfAbsent(m, k -> new HashMap<>());
        String key = name + "/" + arity;
        String node = known.get(key);
        if (node == null && !known.containsKey(key)) {
            FunctionInfo fewest = null;
            for (FunctionInfo f : m.functions()) {
                if (f.arity() >= arity && f.name().equals(name) && (fewest == null || f.arity() < fewest.arity())) {
                    fewest = f;
                }
            }
            node = fewest == null ? null : one(node(m.name(), fewest.arity() == arity ? key : fewest.key()));
            known.put(key, node);
        }
        return node;
    }
}
