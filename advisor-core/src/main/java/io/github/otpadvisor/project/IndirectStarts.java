package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.ModuleRef;
import io.github.otpadvisor.facts.RemoteCall;
import io.github.otpadvisor.facts.StartSite;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Starts through another module's code, which no children list or start_child call shows (issue 11): a
 * {@code M.start_link} called from another module's start function (electric's ReplicationClient.start_link/1 starts
 * the ReplicationConnection behaviour: it starts whenever that module does, under its supervisor); one called from
 * another process's {@code init/1} (linked to it: that process's restart starts it again); and a process that
 * monitors it and starts it again on {@code :DOWN} (reticulum's RoomAssignerMonitor). Each refines the
 * {@link Supervision} worked out from the trees; what the trees already place is kept.
 */
final class IndirectStarts {
    /** Functions that run in the caller of a module's start, as part of starting that module. */
    private static final Set<String> START_FUNCTIONS = Set.of("start_link", "start", "child_spec");

    private IndirectStarts() {
    }

    /** {@code own} refined by what starts it through another module; {@code all}: every module's own supervision. */
    static Supervision refine(ProcessModule m, Supervision own, Map<String, Supervision> all,
                              Map<String, ModuleFacts> modules, Map<String, List<RemoteCall>> callsTo,
                              Map<String, List<ModuleRef>> namedBy, TreePaths paths) {
        if (own.status() == Supervision.Status.STATIC || own.status() == Supervision.Status.DYNAMIC
                || own.configuredAt() != null) {
            return own;
        }
        Supervision found = found(m, own, all, modules, callsTo);
        if (found == own && own.status() == Supervision.Status.UNKNOWN && own.location() == null) {
            Supervision behaviour = behaviourEntry(m, modules, paths);
            if (behaviour != null) {
                return behaviour;
            }
        }
        if (found != own || own.status() != Supervision.Status.UNKNOWN || own.location() != null) {
            return found;
        }
        // Nothing starts it that the analysis reads: the modules whose code names it are where to look (a child
        // spec map built there, logflare's Adaptor.child_spec/2 returning start: {AdaptorSupervisor, ...}).
        // A module that calls its functions names it for that (a controller calling an API): not a start.
        Set<String> callers = new java.util.HashSet<>();
        m.callers().stream().filter(c -> !START_FUNCTIONS.contains(c.function())).forEach(c -> callers.add(
                c.fromModule()));
        List<String> names = namedBy.getOrDefault(m.name(), List.of()).stream()
                .filter(r -> r.fromModule() != null && !r.fromModule().equals(m.name()) && r.line() > 0
                        && !callers.contains(r.fromModule()))
                .map(r -> r.fromModule() + " (" + r.file() + ":" + r.line() + ")").distinct().limit(3).toList();
        return names.isEmpty() ? own : new Supervision(own.status(), own.parent(), own.location(), own.why()
                + "; named in " + String.join(", ", names) + ", which may build the child spec that starts it");
    }

    private static Supervision found(ProcessModule m, Supervision own, Map<String, Supervision> all,
                                     Map<String, ModuleFacts> modules, Map<String, List<RemoteCall>> callsTo) {
        Supervision monitored = monitored(m, own, modules);
        if (monitored != null) {
            return monitored;
        }
        for (RemoteCall c : m.callers()) {
            if (c.inTest() || c.fromFunction() == null || c.fromModule() == null || c.fromModule().equals(m.name())
                    || !(c.function().equals("start_link") || c.function().equals("start"))) {
                continue;
            }
            String fn = c.fromFunction().substring(0, Math.max(0, c.fromFunction().indexOf('/')));
            if (!all.containsKey(c.fromModule()) && START_FUNCTIONS.contains(fn)) {
                Supervision chained = chained(m, c, fn, all, callsTo);
                if (chained != null) {
                    return chained;
                }
                continue;
            }
            Supervision x = all.get(c.fromModule());
            if (x == null || x.through() != null
                    || x.status() != Supervision.Status.STATIC && x.status() != Supervision.Status.DYNAMIC) {
                continue;
            }
            String where = c.fromModule() + "." + c.fromFunction() + " (" + at(c.location()) + ")";
            if (START_FUNCTIONS.contains(fn)) {
                return new Supervision(x.status(), x.parent(), x.location(), "started by " + where + ", which calls "
                        + m.name() + "." + c.function() + ": it starts whenever " + c.fromModule() + " does, "
                        + x.why(), null, where, null);
            }
            if (c.fromFunction().equals("init/1") && c.function().equals("start_link")) {
                return new Supervision(Supervision.Status.NONE, null, c.location(), "started by " + m.name()
                        + ".start_link called from " + where + ", linked to that process", null, null,
                        c.fromModule() + " starts it in its init/1 (" + at(c.location()) + ") and is linked to it: "
                        + "a crash of it takes " + c.fromModule() + " down unless that traps exits, and "
                        + (x.parent() == null ? "its supervisor" : x.parent()) + " then starts " + c.fromModule()
                        + ", and with it this process, again");
            }
        }
        return own;
    }

    /**
     * {@code c} is a call of M's start in X.start_link, X no process module of its own (it runs M as a behaviour):
     * X.start_link called from a process module Y's start function puts it where Y sits; called from Y's process
     * code, it is linked to Y.
     */
    private static Supervision chained(ProcessModule m, RemoteCall c, String fn, Map<String, Supervision> all,
                                       Map<String, List<RemoteCall>> callsTo) {
        String x = c.fromModule() + "." + c.fromFunction() + " (" + at(c.location()) + ")";
        for (RemoteCall d : callsTo.getOrDefault(c.fromModule() + "." + fn, List.of())) {
            Supervision y = all.get(d.fromModule());
            if (d.inTest() || d.fromFunction() == null || y == null || d.fromModule().equals(c.fromModule())) {
                continue;
            }
            String yfn = d.fromFunction().substring(0, Math.max(0, d.fromFunction().indexOf('/')));
            String by = d.fromModule() + "." + d.fromFunction() + " (" + at(d.location()) + ")";
            if (START_FUNCTIONS.contains(yfn) && (y.status() == Supervision.Status.STATIC
                    || y.status() == Supervision.Status.DYNAMIC) && y.through() == null) {
                return new Supervision(y.status(), y.parent(), y.location(), "started by " + x + ", called from "
                        + by + ": it starts whenever " + d.fromModule() + " does, " + y.why(), null,
                        x + ", called from " + by, null);
            }
            if (!START_FUNCTIONS.contains(yfn)) {
                return new Supervision(Supervision.Status.NONE, null, d.location(), "started by " + x + ", which "
                        + by + " calls: linked to " + d.fromModule() + ", outside any supervisor");
            }
        }
        return null;
    }

    /**
     * {@code @behaviour B} where B's own child_spec/1 starts a module it is given ({@code %{start: {peer,
     * :start_link, [opts]}}}, oban's Oban.Peer for the configured Database/Global/Isolated) and a children list
     * lists B: it sits there when it is the module chosen. Null when no such entry is listed.
     */
    private static Supervision behaviourEntry(ProcessModule m, Map<String, ModuleFacts> modules, TreePaths paths) {
        for (String b : m.facts().behaviours()) {
            ModuleFacts bf = modules.get(b);
            if (bf == null || bf.ownChildSpec() == null || bf.ownChildSpec().startModule() != null) {
                continue;
            }
            TreePaths.Found found = paths.to(b, 1, 64);
            if (found.paths().isEmpty()) {
                continue;
            }
            List<SupervisionNode> nodes = found.paths().get(0).nodes();
            SupervisionNode entry = nodes.get(nodes.size() - 1);
            String parent = nodes.size() >= 2 ? Supervisions.parentName(nodes.get(nodes.size() - 2)) : null;
            if (parent == null) {
                continue;
            }
            String through = b + ".child_spec/1 (" + at(bf.ownChildSpec().location()) + ") for the module it is "
                    + "given (" + m.name() + " implements " + b + "; which module is chosen at run time, from its "
                    + "options or configuration)";
            return new Supervision(Supervision.Status.STATIC, parent, entry.location(), "listed as " + b + " in the "
                    + "children of " + parent, null, through, null);
        }
        return null;
    }

    /**
     * A start site in a function X.f that X's {@code handle_info} calls on a {@code :DOWN} message (itself or
     * through one local helper): X monitors the process and starts it again when it goes down.
     */
    private static Supervision monitored(ProcessModule m, Supervision own, Map<String, ModuleFacts> modules) {
        for (StartSite s : m.startSites()) {
            if (s.inTest() || s.supervised() || s.inOwnStartLink() || s.module() == null || s.function() == null
                    || s.module().equals(m.name())) {
                continue;
            }
            ModuleFacts x = modules.get(s.module());
            ClauseSummary down = x == null ? null : x.clauses("handle_info").stream()
                    .filter(c -> "DOWN".equals(c.messageTag()) && reaches(x, c, s.function())).findFirst()
                    .orElse(null);
            if (down == null) {
                continue;
            }
            String restarted = s.module() + " monitors it and starts it again: its handle_info on {:DOWN, ...} ("
                    + at(down.location()) + ") calls " + s.function();
            boolean linked = s.linked();
            return new Supervision(Supervision.Status.NONE, null, s.location(), "started by "
                    + s.call().replaceFirst("/\\d+$", "") + " in " + s.module() + "." + s.function()
                    + ", outside any supervisor" + (linked ? ", linked to " + s.module() : ""), null, null,
                    restarted + (linked ? " (being linked, a crash also takes " + s.module() + " down unless it "
                    + "traps exits)" : ""));
        }
        return null;
    }

    /** The handle_info/2 of {@code x} calls {@code fn} directly or through one local helper (or is {@code fn}). */
    private static boolean reaches(ModuleFacts x, ClauseSummary down, String fn) {
        if (fn.equals("handle_info/2")) {
            return true;
        }
        FunctionInfo info = x.functions().stream().filter(f -> f.name().equals("handle_info") && f.arity() == 2)
                .findFirst().orElse(null);
        if (info == null) {
            return false;
        }
        if (info.localCalls().contains(fn)) {
            return true;
        }
        return x.functions().stream().filter(f -> info.localCalls().contains(f.name() + "/" + f.arity()))
                .anyMatch(f -> f.localCalls().contains(fn));
    }

    private static String at(Location l) {
        return l == null ? "?" : l.file() + ":" + l.line();
    }
}
