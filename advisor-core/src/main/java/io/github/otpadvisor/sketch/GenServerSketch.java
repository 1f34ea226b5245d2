package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.SketchInput.InfoMessage;
import io.github.otpadvisor.sketch.SketchPlan.Op;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * GenServer: client functions for the operations, handle_call/handle_cast clauses that keep a map as
 * state, and the handle_info clauses the module needs (periodic timers, an idle timeout, monitors,
 * trapped exits) with a catch-all so a stray message cannot crash it (RULEBOOK OTP012).
 */
final class GenServerSketch {
    private GenServerSketch() {
    }

    static String render(SketchPlan p) {
        String fromAgent = AgentToGenServer.render(p);
        if (fromAgent != null) {
            return fromAgent;
        }
        if (p.keepsCallbacks) {
            return KeptGenServerSketch.render(p);
        }
        CodeWriter w = new CodeWriter();
        w.open("defmodule " + p.module + " do");
        // An idle process stops with :normal; :transient keeps its supervisor from restarting it for that.
        w.line(CarryOver.useLine(p, "GenServer", p.idleTimeout() ? ":transient" : null));
        CarryOver.childSpec(w, p);
        CarryOver.plainFunctions(w, p);
        w.blank();
        if (p.perEntity()) {
            EntityLookup.attributes(w, p);
        }
        if (periodic(p)) {
            w.line("@interval :timer.seconds(30)");
        }
        if (p.idleTimeout()) {
            w.line("@idle_timeout :timer.minutes(30)");
        }
        w.blank();
        startLink(w, p);
        if (p.perEntity()) {
            w.blank();
            EntityLookup.getOrStart(w, p);
        }
        for (Op op : p.ops) {
            if (!KeptFunctions.kept(p, op)) {
                w.blank();
                client(w, p, op);
            }
        }
        String kept = KeptFunctions.write(w, p);
        w.blank();
        init(w, p);
        handlers(w, p, false);
        handlers(w, p, true);
        infoHandlers(w, p);
        if (p.perEntity()) {
            w.blank();
            EntityLookup.startChild(w, p, "@supervisor", "__MODULE__");
            w.blank();
            EntityLookup.viaTuple(w, p);
        }
        if (periodic(p)) {
            w.blank();
            w.open("defp schedule(message) do");
            w.line("Process.send_after(self(), message, @interval)");
            w.close("end");
        }
        HandlerQuote.helpersStay(w, KeptFunctions.uses(p, kept));
        CarryOver.terminate(w, p, "keep what it releases in this module's terminate/2, on the state above.");
        return w.close("end").toString();
    }

    private static boolean periodic(SketchPlan p) {
        return p.infos.stream().anyMatch(i -> i.periodic() && !special(i.tag()));
    }

    /** Info messages with a fixed meaning rather than a timer of the module's own. */
    private static boolean special(String tag) {
        return tag.equals("timeout") || tag.equals("DOWN") || tag.equals("EXIT");
    }

    private static void startLink(CodeWriter w, SketchPlan p) {
        if (p.perEntity()) {
            w.open("def start_link(" + p.entityId + ") do");
            w.line("GenServer.start_link(__MODULE__, " + p.entityId + ", name: " + EntityLookup.viaName(p) + "(" + p.entityId + "))");
        } else {
            w.open("def start_link(opts) do");
            w.line("GenServer.start_link(__MODULE__, opts, name: " + p.startName + ")");
        }
        w.close("end");
    }

    private static void client(CodeWriter w, SketchPlan p, Op op) {
        w.open("def " + OpExprs.head(op.name(), op.params()) + " do");
        String server = p.server;
        if (p.perEntity()) {
            w.line("{:ok, pid} = get_or_start(" + op.id() + ")");
            server = "pid";
        }
        w.line((op.async() ? "GenServer.cast(" : "GenServer.call(") + server + ", " + OpExprs.message(op) + ")");
        w.close("end");
    }

    private static void init(CodeWriter w, SketchPlan p) {
        w.line("@impl true");
        w.open("def init(" + (p.perEntity() ? "_" + p.entityId : "_opts") + ") do");
        if (p.infos.stream().anyMatch(i -> i.tag().equals("EXIT"))
                || p.code.initCalls().stream().anyMatch(c -> "EXIT".equals(c.tag()))) {
            w.line("Process.flag(:trap_exit, true)");
        }
        if (p.code.initState() != null && !p.code.initState().equals("%{}")) {
            FitsSketch.comment(w, "today's state: " + p.code.initState());
        }
        Set<String> scheduled = new HashSet<>();
        for (InfoMessage i : p.infos) {
            if (i.periodic() && !special(i.tag())) {
                w.line("schedule(:" + i.tag() + ")");
                scheduled.add(i.tag());
            }
        }
        CarryOver.initCalls(w, p, scheduled);
        w.line(p.idleTimeout() ? "{:ok, %{}, @idle_timeout}" : "{:ok, %{}}");
        w.close("end");
    }

    /** The handle_call clauses (or handle_cast ones), grouped as the compiler wants them. */
    private static void handlers(CodeWriter w, SketchPlan p, boolean casts) {
        boolean first = true;
        for (Op op : p.ops) {
            if (op.async() != casts || KeptFunctions.kept(p, op)) {
                continue;
            }
            w.blank();
            if (first) {
                w.line("@impl true");
                first = false;
            }
            boolean work = op.access() == Access.WORK;
            String message = work ? OpExprs.ignoringMessage(op) : OpExprs.message(op);
            String reply = reply(p, op, casts);
            // A handler that replaces the whole state does not read it.
            String state = reply.matches(".*\\bstate\\b.*") ? "state" : "_state";
            w.open(casts ? "def handle_cast(" + message + ", " + state + ") do"
                    : "def handle_call(" + message + ", _from, " + state + ") do");
            if (work) {
                w.line("# today's logic of " + op.name() + "/" + op.arity());
            }
            w.line(reply);
            w.close("end");
        }
        // Today's messages no operation above sends: kept with their tags and shapes.
        Set<String> carried = new HashSet<>();
        p.ops.stream().filter(o -> o.async() == casts).forEach(o -> carried.add(o.name()));
        String callback = casts ? "handle_cast" : "handle_call";
        for (TodayCode.Handler h : p.code.handlers()) {
            String pattern = CarryOver.pattern(h.message());
            if (!h.callback().equals(callback) || pattern == null || !carried.add(CarryOver.key(h))) {
                continue;
            }
            w.blank();
            if (first) {
                w.line("@impl true");
                first = false;
            }
            String timeout = p.idleTimeout() ? ", @idle_timeout" : "";
            w.open(casts ? "def handle_cast(" + pattern + ", state) do"
                    : "def handle_call(" + pattern + ", _from, state) do");
            w.line("# today's logic of this " + callback + " clause");
            w.line(casts ? "{:noreply, state" + timeout + "}" : "{:reply, :ok, state" + timeout + "}");
            w.close("end");
        }
    }

    /** The callback's return: the reply and the next state for the operation's access. */
    private static String reply(SketchPlan p, Op op, boolean cast) {
        String key = op.data().isEmpty() ? ":count" : OpExprs.key(op);
        String reply = ":ok";
        String state = "state";
        switch (op.access()) {
            case GET -> reply = "Map.get(state, " + key + (op.data().size() == 2 ? ", " + OpExprs.missing(op) : "")
                    + ")";
            case ALL -> reply = p.counter() ? "Map.get(state, :count, 0)" : "state";
            case PUT -> state = "Map.put(state, " + key + ", " + OpExprs.value(op) + ")";
            case DELETE -> state = "Map.delete(state, " + key + ")";
            case CLEAR -> state = "%{}";
            case INCREMENT -> state = "Map.update(state, " + OpExprs.key(op) + ", " + OpExprs.amount(op)
                    + ", &(&1 + " + OpExprs.amount(op) + "))";
            case WORK -> {
            }
        }
        String timeout = p.idleTimeout() ? ", @idle_timeout" : "";
        return cast ? "{:noreply, " + state + timeout + "}" : "{:reply, " + reply + ", " + state + timeout + "}";
    }

    /** The message pattern today's handle_info clause for {@code tag} takes, variables unused; else null. */
    private static String todayPattern(SketchPlan p, String tag) {
        for (TodayCode.Handler h : p.code.handlers()) {
            if (h.callback().equals("handle_info") && h.tag().equals(tag)) {
                return CarryOver.pattern(h.message());
            }
        }
        return null;
    }

    private static void infoHandlers(CodeWriter w, SketchPlan p) {
        List<InfoMessage> infos = p.infos;
        boolean untagged = p.code.handlers().stream()
                .anyMatch(h -> h.callback().equals("handle_info") && h.tag().isEmpty());
        if (infos.isEmpty() && !untagged) {
            return;
        }
        boolean first = true;
        String timeout = p.idleTimeout() ? ", @idle_timeout" : "";
        for (InfoMessage i : infos) {
            w.blank();
            if (first) {
                w.line("@impl true");
                first = false;
            }
            switch (i.tag()) {
                case "timeout" -> {
                    w.open("def handle_info(:timeout, state) do");
                    w.line("{:stop, :normal, state}");
                }
                case "DOWN" -> {
                    w.open("def handle_info({:DOWN, _ref, :process, _pid, _reason}, state) do");
                    w.line("# a monitored process is gone: drop what belonged to it");
                    w.line("{:noreply, state" + timeout + "}");
                }
                case "EXIT" -> {
                    w.open("def handle_info({:EXIT, _pid, _reason}, state) do");
                    w.line("{:noreply, state" + timeout + "}");
                }
                default -> {
                    String today = i.periodic() ? null : todayPattern(p, i.tag());
                    w.open("def handle_info(" + (today != null ? today : ":" + i.tag()) + ", state) do");
                    if (i.periodic()) {
                        w.line("schedule(:" + i.tag() + ")");
                    }
                    w.line("{:noreply, state" + timeout + "}");
                }
            }
            w.close("end");
        }
        // Today's messages without a tag (PubSub maps, structs): kept with their shapes.
        Set<String> seen = new HashSet<>();
        for (TodayCode.Handler h : p.code.handlers()) {
            String pattern = CarryOver.pattern(h.message());
            if (h.callback().equals("handle_info") && h.tag().isEmpty() && pattern != null && seen.add(pattern)) {
                w.blank();
                if (first) {
                    w.line("@impl true");
                    first = false;
                }
                w.open("def handle_info(" + pattern + ", state) do");
                w.line("# today's logic of this handle_info clause");
                w.line("{:noreply, state" + timeout + "}");
                w.close("end");
            }
        }
        w.blank();
        w.open("def handle_info(_message, state) do");
        w.line("{:noreply, state" + timeout + "}");
        w.close("end");
    }
}
