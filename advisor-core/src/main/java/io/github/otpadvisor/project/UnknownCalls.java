package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.RemoteCall;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.elixir.syntax.ElixirNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a process module's callbacks do that the analysis cannot tell to be I/O or not: calls into libraries it does
 * not know ({@code Huex.Discovery.discover/0}, an SSDP search; {@code ExTwilio.Message.create/1}, an HTTP request;
 * {@code Nerves.UART.enumerate/0}, a port), in its own code or through project functions, and its writes to the
 * console. A "no isolation need" beside them names them instead of claiming "no external I/O" (RULEBOOK §2: evidence
 * for every claim).
 */
final class UnknownCalls {
    /** Shown per module: the answer names what to look at, not every call. */
    private static final int MAX = 3;
    private static final List<String> CALLBACKS = List.of("init/1", "handle_call/3", "handle_cast/2",
            "handle_info/2", "handle_continue/2", "terminate/2");
    /**
     * Libraries whose calls compute, build data or talk to processes in this VM (their messages, tables and caches
     * are not external I/O); matched as the module or a prefix of it.
     */
    private static final Set<String> KNOWN = Set.of("Poison", "Decimal", "Timex", "Ecto", "UUID", "Phoenix.HTML",
            "Phoenix.Naming", "Phoenix.Param", "Phoenix.Token", "Phoenix.PubSub", "Phoenix.Presence", "Phoenix.Tracker",
            "Phoenix.Channel", "Phoenix.LiveView", "Phoenix.Socket", "Phoenix.Router", "Phoenix.VerifiedRoutes",
            "Plug.Crypto", "Plug.Conn", "NimbleCSV", "NimbleParsec", "NimbleOptions", "Earmark", "Floki", "Cachex",
            "ConCache", "Nebulex", "Horde", "Swarm", "Telemetry", "Gettext", "Money", "Cldr", "Nx", "Geo", "Jason",
            "ExUnit", "Mox", "Mock", "Hammox", "Bypass", "Faker", "ExMachina", "GenStage", "Flow", "Broadway.Message",
            "Ash.Changeset", "Ash.Query", "Ash.Resource.Info", "Ash.UUID", "Msgpax", "Ex2ms", "Calendar", "Qex",
            "Hashids", "Inflex", "Recase", "Logger", "Task", "Supervisor", "Registry", "Kernel");

    private UnknownCalls() {
    }

    /** Per process module, up to {@link #MAX} evidences, unknown library calls first, then console writes. */
    static Map<String, List<Evidence>> of(Collection<ModuleFacts> modules, Map<String, ModuleFacts> byName,
                                          List<FileFacts> files, CallGraph graph) {
        Map<String, List<RemoteCall>> library = new HashMap<>();
        for (FileFacts f : files) {
            if (f.test() || f.script()) {
                continue;
            }
            for (RemoteCall c : f.remoteCalls()) {
                if (c.fromModule() != null && c.fromFunction() != null && !c.inTest()
                        && !byName.containsKey(c.toModule()) && !RemoteCall.COMPUTED_REPO.equals(c.toModule())
                        && unknown(c.toModule())) {
                    library.computeIfAbsent(CallGraph.node(c.fromModule(), c.fromFunction()), k -> new ArrayList<>())
                            .add(c);
                }
            }
        }
        // in source order: the pipe's first step before the call it feeds
        library.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(RemoteCall::line)
                .thenComparingInt(RemoteCall::column)));
        Map<String, List<Evidence>> out = new HashMap<>();
        for (ModuleFacts m : modules) {
            if (!m.isProcess()) {
                continue;
            }
            Map<String, Evidence> found = new java.util.LinkedHashMap<>();
            for (String callback : CALLBACKS) {
                if (found.size() >= MAX || m.function(callback).isEmpty() || library.isEmpty()) {
                    continue;
                }
                String start = CallGraph.node(m.name(), callback);
                Map<String, String> from = new HashMap<>();
                HandlerIo.breadthFirst(start, graph, from, n -> {
                    for (RemoteCall c : library.getOrDefault(n, List.of())) {
                        String target = c.toModule() + "." + c.function() + "/" + c.arity();
                        if (found.size() < MAX && !found.containsKey(target)) {
                            String via = n.equals(start) ? "" : " calls " + HandlerIo.chain(n, from, start::equals)
                                    + ", which";
                            found.put(target, Evidence.at(c.location(), callback + via + " calls " + target
                                    + ", library code the analysis does not know: it may do I/O"));
                        }
                    }
                    return found.size() >= MAX ? n : null;
                });
            }
            for (ClauseSummary c : m.clauses()) {
                for (Signal s : c.effects()) {
                    if (found.size() < MAX && s.kind() == Signal.Kind.IO) {
                        found.putIfAbsent(s.text(), Evidence.at(s.location(), c.head() + " writes to the console"
                                + " (its group leader): " + s.text()));
                    }
                }
            }
            if (!found.isEmpty()) {
                out.put(m.name(), List.copyOf(found.values()));
            }
        }
        return out;
    }

    /** Not Elixir's, not Erlang's, and not a library known to stay inside the VM. */
    private static boolean unknown(String module) {
        if (module == null || module.startsWith(":") || !ElixirNames.isAlias(module)
                || ElixirNames.STDLIB_MODULES.contains(module)) {
            return false;
        }
        for (String k : KNOWN) {
            if (module.equals(k) || module.startsWith(k + ".")) {
                return false;
            }
        }
        return true;
    }
}
