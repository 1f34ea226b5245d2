package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.TodayCode.Clause;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GenServer that stays a GenServer and only changes its placement (RULEBOOK §5: a transformation, not a
 * template): today's init/1 and callback clauses are kept as written, and only what the placement changes is
 * rewritten: how it is started and named, and how its client functions address it. Callbacks too long to quote
 * are named, clause by clause, in a comment that says they stay unchanged; nothing is invented in their place.
 */
final class KeptGenServerSketch {
    /** Quoted callback lines beyond this are named in a comment instead. */
    static final int QUOTE_BUDGET = 60;

    private KeptGenServerSketch() {
    }

    static String render(SketchPlan p) {
        CodeWriter w = new CodeWriter();
        w.open("defmodule " + p.module + " do");
        // An idle process stops with :normal; :transient keeps its supervisor from restarting it for that.
        w.line(CarryOver.useLine(p, "GenServer", p.idleTimeout() ? ":transient" : null));
        CarryOver.childSpec(w, p);
        boolean registersById = todayStart(p);
        List<TodayClients.Client> clients = TodayClients.of(p, registersById);
        // The via name is written only where something uses it: an unused defp or attribute warns.
        boolean via = p.perEntity() && (!registersById || clients.stream().anyMatch(c -> c.usesVia(p)));
        if (p.perEntity()) {
            w.blank();
            // @registry only where the sketch's own code reads it: today's via helper names its registry itself.
            boolean lookup = !registersById || startsById(p);
            attributes(w, p, EntityLookup.todaysHelper(p) == null && (via || lookup));
        }
        w.blank();
        boolean todayStart = startLink(w, p);
        String server = !p.perEntity() ? p.server : todayStart ? "via_tuple(" + p.entityId + ")" : "pid";
        StringBuilder clientCode = new StringBuilder();
        for (TodayClients.Client c : clients) {
            if (c.kind() != TodayClients.Kind.PLAIN) {
                w.blank();
                clientCode.append(TodayClients.write(w, p, c, server));
            }
        }
        w.blank();
        TodayClients.plain(w, p, clients);
        TodayClients.callersSend(w, p, !p.perEntity() ? (p.named ? "They reach it as " + p.server
                + ", as today." : "") : todayStart
                ? "They find it by its id in " + p.registry + ", as today."
                : "They find it by its id now: get_or_start(" + p.entityId + ") gives its pid.");
        clientCode.append(KeptFunctions.write(w, p));
        // The callbacks first (they are what the placement must not lose), today's init/1 with what is left.
        Map<String, List<Clause>> groups = groups(p);
        Map<String, Boolean> quoted = new LinkedHashMap<>();
        int left = QUOTE_BUDGET;
        for (Map.Entry<String, List<Clause>> e : groups.entrySet()) {
            int lines = lines(e.getValue());
            quoted.put(e.getKey(), lines > 0 && lines <= left);
            left -= lines > 0 && lines <= left ? lines : 1;
        }
        init(w, p, left);
        callbacks(w, p, groups, quoted);
        supervisorCalls(w, p);
        if (p.perEntity()) {
            if (!todayStart || startsById(p)) {
                w.blank();
                EntityLookup.getOrStart(w, p);
                w.blank();
                EntityLookup.startChild(w, p, "@supervisor", "__MODULE__");
            } else {
                w.blank();
                startWithTodaysArgument(w, p);
            }
            if (via) {
                w.blank();
                EntityLookup.viaTuple(w, p);
            }
        }
        java.util.Set<String> kept = new java.util.LinkedHashSet<>();
        for (Clause c : p.code.callbacks()) {
            if (c.quotable()) {
                kept.addAll(HandlerQuote.attributes(c.head() + "\n" + c.body()));
            }
        }
        if (p.code.init() != null) {
            kept.addAll(HandlerQuote.attributes(p.code.init().body()));
        }
        if (todayStart) {
            kept.addAll(HandlerQuote.attributes(p.code.startLink().body()));
        }
        kept.addAll(HandlerQuote.attributes(clientCode.toString()));
        // This sketch defines no @table of its own: today's does, and the kept code reads it.
        if (p.code.callbacks().stream().anyMatch(c -> c.quotable() && c.body().contains("@table"))
                || p.code.init() != null && p.code.init().body().contains("@table")
                || clientCode.indexOf("@table") >= 0) {
            kept.add("@table");
        }
        p.code.privates().forEach(k -> kept.add("defp " + k));
        if (!kept.isEmpty()) {
            w.blank();
            FitsSketch.comment(w, "Unchanged: what today's code defines and the kept code uses stays as it is ("
                    + String.join(", ", kept) + ").");
        }
        return w.close("end").toString();
    }

    /** Today's start_link is kept (see {@link #startLink}): the process is found as it is today. */
    private static boolean todayStart(SketchPlan p) {
        return p.code.startLink() != null && !(p.perEntity() && !registers(p));
    }

    /** The Registry (when the via name is used) and the supervisor the placement names. */
    private static void attributes(CodeWriter w, SketchPlan p, boolean via) {
        CodeWriter all = new CodeWriter();
        EntityLookup.attributes(all, p);
        for (String line : all.toString().split("\n")) {
            if (via || !line.startsWith("@registry ")) {
                w.line(line);
            }
        }
    }

    /**
     * Today's start_link when it is known: a per-entity process that registers itself by id (a via name, or
     * Registry.register in init/1) keeps it as it is; one that does not is told to. Returns whether today's start
     * was written; otherwise the seed's {@code start_link(id)} with a via name is.
     */
    private static boolean startLink(CodeWriter w, SketchPlan p) {
        TodayCode.Init start = p.code.startLink();
        // A per-entity process that is not registered by id today (a singleton made per entity) starts by id.
        if (start == null || p.perEntity() && !registers(p)) {
            if (start != null) {
                FitsSketch.comment(w, "In place of today's start_link(" + start.param() + "): one process per id,"
                        + " named in " + p.registry + "; init/1 below still takes today's argument.");
            }
            w.open(p.perEntity() ? "def start_link(" + p.entityId + ") do" : "def start_link(opts) do");
            w.line(p.perEntity()
                    ? "GenServer.start_link(__MODULE__, " + p.entityId + ", name: " + EntityLookup.viaName(p) + "(" + p.entityId + "))"
                    : "GenServer.start_link(__MODULE__, opts, name: " + p.startName + ")");
            w.close("end");
            return false;
        }
        if (p.perEntity()) {
            String helper = EntityLookup.todaysHelper(p);
            FitsSketch.comment(w, "Today's start_link, unchanged: it registers "
                    + (helper == null ? "in " + p.registry : "through " + helper + "/1"
                    + (!p.registryNeeded || p.newNames.contains(p.registry) ? "" : " in " + p.registry)) + " itself;"
                    + " only the supervisor it is started under changes.");
        }
        w.open("def start_link(" + start.param() + ") do");
        MovedBody.write(w, start.body());
        w.close("end");
        return true;
    }

    /**
     * The start under the new placement with today's start_link argument: a partition picked by the caller (the
     * PartitionSupervisor's own way to spread starts), or the DynamicSupervisor.
     */
    private static void startWithTodaysArgument(CodeWriter w, SketchPlan p) {
        String param = p.code.startLink().param();
        String arg = ElixirNames.isVariable(param) && !param.startsWith("_") ? param : "opts";
        boolean partition = p.addressing == SketchPlan.Addressing.PARTITION;
        FitsSketch.comment(w, partition
                ? "How callers start one now (today DynamicSupervisor.start_child on the supervisor itself): under"
                + " the partition of @supervisors their own pid picks."
                : "How callers start one under the DynamicSupervisor, with today's start_link argument.");
        w.open("def start_child(" + arg + ") do");
        if (partition) {
            w.line("supervisor = {:via, PartitionSupervisor, {@supervisors, self()}}");
            w.line("DynamicSupervisor.start_child(supervisor, {__MODULE__, " + arg + "})");
        } else {
            w.line("DynamicSupervisor.start_child(@supervisor, {__MODULE__, " + arg + "})");
        }
        w.close("end");
    }

    /** Today's start_link takes the id alone and names the process by it: {@code {__MODULE__, id}} starts one. */
    private static boolean startsById(SketchPlan p) {
        TodayCode.Init start = p.code.startLink();
        if (start == null || !ElixirNames.isVariable(start.param()) || start.param().startsWith("_")) {
            return false;
        }
        int name = start.body().indexOf("name:");
        return name >= 0 && java.util.regex.Pattern.compile("(?<![\\w@:.])" + start.param() + "(?![\\w?!:])")
                .matcher(start.body().substring(name)).find();
    }

    /**
     * Registered by id today: a via name (or a helper giving one from the id) in start_link, or Registry.register in
     * init/1 naming the registry.
     */
    private static boolean registers(SketchPlan p) {
        if (startsById(p)) {
            return true;
        }
        String start = p.code.startLink() == null ? "" : p.code.startLink().body();
        String init = p.code.init() == null ? "" : p.code.init().body();
        return start.contains("{:via, Registry") || init.contains("Registry.register(" + p.registry)
                || init.replaceAll("\\s+", "").contains("Registry.register(" + p.registry);
    }

    /** Today's init/1 as written when it fits {@code left} lines, else named in a comment as unchanged. */
    private static void init(CodeWriter w, SketchPlan p, int left) {
        TodayCode.Init init = p.code.init();
        w.blank();
        if (init == null) {
            // evercam's ArchiveCreator defines none (use GenServer's own, in the Elixir it declares)
            w.line(p.code.publics().isEmpty() || p.code.publics().contains("init/1")
                    ? "# today's init/1, unchanged (it has several clauses or is too long to quote)"
                    : "# no init/1 of its own today: none is added");
            return;
        }
        int lines = init.body().split("\n", -1).length;
        if (lines + 3 > left) {
            FitsSketch.comment(w, "today's init(" + init.param() + ") is kept unchanged (" + lines + " lines)");
            return;
        }
        w.line("@impl true");
        w.open("def init(" + init.param() + ") do");
        MovedBody.write(w, init.body());
        w.close("end");
    }

    /** Today's callback clauses by callback ({@code handle_info/2}), in the file's order. */
    private static Map<String, List<Clause>> groups(SketchPlan p) {
        Map<String, List<Clause>> groups = new LinkedHashMap<>();
        for (Clause c : p.code.callbacks()) {
            groups.computeIfAbsent(c.callback() + "/" + c.arity(), k -> new ArrayList<>()).add(c);
        }
        return groups;
    }

    /** Each group quoted as written, or named clause by clause in one comment that says it stays unchanged. */
    private static void callbacks(CodeWriter w, SketchPlan p, Map<String, List<Clause>> groups,
                                  Map<String, Boolean> quoted) {
        for (Map.Entry<String, List<Clause>> e : groups.entrySet()) {
            w.blank();
            if (quoted.get(e.getKey())) {
                quote(w, e.getValue());
            } else {
                FitsSketch.comment(w, "today's " + e.getKey() + " clauses, unchanged (" + named(e.getValue()) + ")");
            }
        }
    }

    /**
     * Kept code that calls DynamicSupervisor functions on the name that becomes a PartitionSupervisor: those calls
     * reach a supervisor of partitions, not the one the process runs under, so the sketch says what to write.
     */
    private static void supervisorCalls(CodeWriter w, SketchPlan p) {
        if (!p.partitionReplaces) {
            return;
        }
        java.util.regex.Pattern call = java.util.regex.Pattern.compile("DynamicSupervisor\\.(\\w+)\\(\\s*"
                + java.util.regex.Pattern.quote(p.partitionSupervisor) + "\\b");
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (Clause c : p.code.callbacks()) {
            var m = call.matcher(c.body() == null ? "" : c.body());
            while (m.find()) {
                found.add(c.callback() + "(" + (c.message() == null ? "_" : c.message()) + ") calls DynamicSupervisor."
                        + m.group(1) + "(" + p.partitionSupervisor + ", ..)");
            }
        }
        if (!found.isEmpty()) {
            w.blank();
            FitsSketch.comment(w, "The placement changes this: " + String.join("; ", found) + ". "
                    + p.partitionSupervisor + " becomes a PartitionSupervisor, which runs no children itself: to"
                    + " stop this process, return {:stop, :normal, state} (with restart: :transient) instead.");
        }
    }

    /** Lines the group takes quoted, or 0 when a clause is not known as written. */
    private static int lines(List<Clause> clauses) {
        int n = 1;
        for (Clause c : clauses) {
            if (!c.quotable()) {
                return 0;
            }
            n += c.head().split("\n", -1).length + c.body().split("\n", -1).length + 2;
        }
        return n;
    }

    private static void quote(CodeWriter w, List<Clause> clauses) {
        w.line("@impl true");
        boolean first = true;
        for (Clause c : clauses) {
            if (!first) {
                w.blank();
            }
            first = false;
            String[] head = MovedBody.dedent(c.head()).split("\n", -1);
            if (head.length == 1) {
                w.open(head[0] + " do");
            } else {
                for (int i = 0; i < head.length - 1; i++) {
                    w.line(head[i]);
                }
                w.open(head[head.length - 1] + " do");
            }
            MovedBody.write(w, c.body());
            w.close("end");
        }
    }

    /** {@code 2 clauses: :tick, {:DOWN, ref, :process, pid, reason}} for a comment: every clause is named. */
    private static String named(List<Clause> clauses) {
        List<String> names = new ArrayList<>();
        for (Clause c : clauses) {
            String m = c.message() == null ? "_" : c.message().replaceAll("\\s+", " ");
            names.add(m.length() > 60 ? m.substring(0, 57) + "..." : m);
        }
        return clauses.size() + (clauses.size() == 1 ? " clause: " : " clauses: ") + String.join(", ", names);
    }
}
