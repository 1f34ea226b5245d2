package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.TodayCode.AgentCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Agent rewritten as a GenServer, the other way of {@link AgentSketch}: each function that calls the Agent keeps
 * its code with the call replaced by a {@code GenServer.call/cast} of a message named after it, and the function it
 * gave the Agent becomes that message's handler, same state variable, same reply. Null when some call's code is
 * not there as written (the generic sketch is written instead).
 */
final class AgentToGenServer {

    /** One Agent call moved: the function around it, and the handler its function becomes. */
    private record Move(AgentCall call, String client, String callback, String head, String body) {
    }

    private AgentToGenServer() {
    }

    /**
     * What init takes ({@code _arg}, or {@code initial} when start_link passes the state) and returns, and the timer
     * start_link armed that init arms instead, or null.
     */
    private record Init(String param, String state, Timer timer) {
        Init(String param, String state) {
            this(param, state, null);
        }
    }

    /**
     * {@code :timer.apply_interval(ms, __MODULE__, :clear, [])} in start_link (Broadcaster.ChatHistory): it runs in
     * the caller, the supervisor, so every restart adds one more timer, and it calls {@code clear/0} from the timer
     * server. In the GenServer, init arms {@code :timer.send_interval(ms, :clear)} (ended with the process) and a
     * handle_info does what the call did.
     */
    private record Timer(String statement, String interval, String function) {
        private static final java.util.regex.Pattern APPLY = java.util.regex.Pattern.compile(
                "(?m)^\\s*:timer\\.apply_interval\\(([^,\\n]+), (__MODULE__|[A-Z][A-Za-z0-9_.]*), :([a-z_][A-Za-z0-9_]*),"
                        + " \\[\\]\\)\\s*$");

        static Timer in(String body, String module) {
            Matcher m = APPLY.matcher(body);
            if (!m.find() || !(m.group(2).equals("__MODULE__") || m.group(2).equals(module))) {
                return null;
            }
            return new Timer(m.group(), m.group(1).strip(), m.group(3));
        }
    }

    static String render(SketchPlan p) {
        if (p.perEntity() || !p.code.handlers().isEmpty() || p.code.agentCalls().isEmpty()) {
            return null;
        }
        Map<String, List<AgentCall>> byFunction = new LinkedHashMap<>();
        for (AgentCall c : p.code.agentCalls()) {
            byFunction.computeIfAbsent(c.function(), k -> new ArrayList<>()).add(c);
        }
        List<Move> moves = new ArrayList<>();
        for (List<AgentCall> calls : byFunction.values()) {
            if (calls.size() != 1) {
                return null;
            }
            Move m = move(calls.get(0));
            if (m == null) {
                return null;
            }
            moves.add(m);
        }
        CodeWriter w = new CodeWriter();
        w.open("defmodule " + p.module + " do");
        w.line(CarryOver.useLine(p, "GenServer", null));
        CarryOver.childSpec(w, p);
        Set<String> callers = new LinkedHashSet<>();
        moves.forEach(m -> callers.add(m.call().function()));
        List<String> unchanged = p.code.plain().stream().filter(k -> !callers.contains(k)
                && !p.bypassKeys.contains(k)).toList();
        if (!unchanged.isEmpty()) {
            FitsSketch.comment(w, "Unchanged: " + String.join(", ", unchanged.subList(0, Math.min(8,
                    unchanged.size()))) + (unchanged.size() > 8 ? " and " + (unchanged.size() - 8) + " more" : "")
                    + " (they do not call the Agent).");
        }
        w.blank();
        Init initial = start(w, p);
        for (Move m : moves) {
            w.blank();
            String name = m.call().function().substring(0, m.call().function().lastIndexOf('/'));
            String params = m.call().params();
            w.open((m.call().isPublic() ? "def " : "defp ") + name + (params.isEmpty() ? "" : "(" + params + ")")
                    + " do");
            MovedBody.write(w, m.client());
            w.close("end");
        }
        String kept = KeptFunctions.write(w, p);
        w.blank();
        w.line("# The Agent ran its start function in its own process: init does the same.");
        Move ticked = initial.timer() == null ? null : moves.stream().filter(m -> m.call().function()
                .equals(initial.timer().function() + "/0")).findFirst().orElse(null);
        if (ticked != null) {
            FitsSketch.comment(w, "start_link armed :timer.apply_interval in its caller, the supervisor: each restart"
                    + " added one more. init arms it in the process, and it ends with the process.");
        }
        w.line("@impl true");
        w.open("def init(" + initial.param() + ") do");
        if (ticked != null) {
            w.line(":timer.send_interval(" + initial.timer().interval() + ", :" + initial.timer().function() + ")");
        }
        w.line("{:ok, " + initial.state() + "}");
        w.close("end");
        for (String callback : List.of("handle_call", "handle_cast")) {
            boolean first = true;
            for (Move m : moves) {
                if (!m.callback().equals(callback)) {
                    continue;
                }
                w.blank();
                if (first) {
                    w.line("@impl true");
                    first = false;
                }
                w.open(m.head() + " do");
                MovedBody.write(w, m.body());
                w.close("end");
            }
        }
        String tick = ticked == null ? null : tick(ticked, initial.timer().function());
        if (tick != null) {
            w.blank();
            w.line("@impl true");
            MovedBody.write(w, tick);
        }
        Set<String> helpers = new LinkedHashSet<>();
        moves.forEach(m -> helpers.addAll(HandlerQuote.helpers(p.code, m.body())));
        moves.forEach(m -> helpers.addAll(HandlerQuote.helpers(p.code, m.client())));
        helpers.addAll(KeptFunctions.uses(p, kept));
        callers.forEach(helpers::remove);
        HandlerQuote.helpersStay(w, helpers);
        CarryOver.terminate(w, p, "keep what it releases in this module's terminate/2, on the state above.");
        return w.close("end").toString();
    }

    /** start_link as today's with the Agent's start function left to init; returns init's state. */
    private static Init start(CodeWriter w, SketchPlan p) {
        TodayCode.Init start = p.code.startLink();
        Matcher m = start == null ? null : AgentFunction.START.matcher(start.body());
        if (m != null && m.find() && MovedBody.parse(m.group(1)) != null) {
            // A start function of constants runs in the process, as the Agent ran it; one that reads start_link's
            // arguments is given to init as its argument.
            boolean closed = MovedBody.variables(m.group(1)).isEmpty();
            String body = start.body().substring(0, m.start()) + "GenServer.start_link(__MODULE__, "
                    + (closed ? "nil" : m.group(1)) + ", " + start.body().substring(m.end());
            Timer timer = Timer.in(body, p.module);
            if (timer != null) {
                body = body.replace(timer.statement(), "").strip();
            }
            if (MovedBody.parse(body) != null) {
                w.open("def start_link" + (start.param().isEmpty() ? "" : "(" + start.param() + ")") + " do");
                MovedBody.write(w, body);
                w.close("end");
                return closed ? new Init("_arg", m.group(1), timer) : new Init("initial", "initial", timer);
            }
        }
        w.open("def start_link(opts) do");
        w.line("GenServer.start_link(__MODULE__, opts, name: " + p.server + ")");
        w.close("end");
        String s = p.code.initState();
        return new Init("_arg", s != null ? s : "%{}");
    }

    /**
     * The handle_info a timer's message runs: the moved handler of {@code function/0}, its reply dropped
     * ({@code {:reply, :ok, new}} -> {@code {:noreply, new}}); null when its state or return cannot be read.
     */
    private static String tick(Move m, String function) {
        Matcher head = Pattern.compile("^def handle_(call|cast)\\(:" + Pattern.quote(function)
                + ", (?:[a-z_][A-Za-z0-9_]*, )?([a-z_][A-Za-z0-9_]*)\\)$").matcher(m.head());
        if (!head.matches()) {
            return null;
        }
        String body = m.body();
        if (head.group(1).equals("call")) {
            MovedBody moved = MovedBody.of(body);
            List<String> items = moved.returnItems();
            if (items == null || items.size() != 3 || !items.get(0).equals(":reply")) {
                return null;
            }
            body = moved.with("{:noreply, " + items.get(2) + "}");
        }
        String out = "def handle_info(:" + function + ", " + head.group(2) + ") do\n" + body.indent(2) + "end";
        return MovedBody.parse(out) == null ? null : out;
    }

    private static Move move(AgentCall c) {
        AgentFunction fn = AgentFunction.of(c.fn());
        if (fn == null) {
            return null;
        }
        String sv = fn.stateVar();
        String body = fn.body();
        MovedBody mb = MovedBody.of(body);
        String inCaller = MovedBody.within(c.caller(), c.call());
        if (mb == null || inCaller == null) {
            return null;
        }
        String name = c.function().substring(0, c.function().lastIndexOf('/'));
        List<String> vars = new ArrayList<>();
        Set<String> used = MovedBody.variables(body);
        for (String v : Messages.freeVariables(body)) {
            if (used.contains(v) && !v.equals(sv) && !v.startsWith("_")) {
                vars.add(v);
            }
        }
        String message = vars.isEmpty() ? ":" + name : "{:" + name + ", " + String.join(", ", vars) + "}";
        String prefix = "Agent." + c.kind() + "(";
        String target;
        String timeout = null;
        int fnAt = c.call().indexOf(", " + c.fn() + ", ");
        if (c.call().equals(prefix + c.fn() + ")")) {
            target = null; // piped in
        } else if (c.call().startsWith(prefix) && c.call().endsWith(", " + c.fn() + ")")) {
            target = c.call().substring(prefix.length(), c.call().length() - c.fn().length() - 3);
        } else if (c.call().startsWith(prefix) && !c.kind().equals("cast") && fnAt > prefix.length()
                && c.call().endsWith(")")) {
            // Agent.get(__MODULE__, fn h -> .. end, 1000) (elixir-webrtc's ChatHistory): the call keeps its timeout
            target = c.call().substring(prefix.length(), fnAt);
            // what the timeout reads (a literal, an attribute, a parameter) stays in the client function
            timeout = c.call().substring(fnAt + c.fn().length() + 4, c.call().length() - 1).strip();
        } else {
            return null;
        }
        boolean cast = c.kind().equals("cast");
        String send = (cast ? "GenServer.cast(" : "GenServer.call(") + (target == null ? "" : target + ", ")
                + message + (timeout == null ? "" : ", " + timeout) + ")";
        String client = c.caller().replace(inCaller, send);
        String handlerBody;
        switch (c.kind()) {
            case "get" -> handlerBody = mb.with("{:reply, " + single(mb.last(), "reply") + ", " + sv + "}");
            case "update" -> handlerBody = mb.with("{:reply, :ok, " + single(mb.last(), sv) + "}");
            case "cast" -> handlerBody = mb.with("{:noreply, " + single(mb.last(), sv) + "}");
            default -> {
                List<String> items = mb.returnItems();
                handlerBody = items.size() == 2 && !items.get(0).contains("\n") && !items.get(1).contains("\n")
                        ? mb.with("{:reply, " + items.get(0) + ", " + items.get(1) + "}")
                        : (mb.prelude().isEmpty() ? "" : mb.prelude() + "\n\n") + "{reply, " + sv + "} =\n"
                        + indent(mb.last()) + "\n\n{:reply, reply, " + sv + "}";
            }
        }
        if (!c.kind().equals("get_and_update") && mb.last().contains("\n")) {
            String bound = c.kind().equals("get") ? "reply" : sv;
            handlerBody = (mb.prelude().isEmpty() ? "" : mb.prelude() + "\n\n") + bound + " =\n"
                    + indent(mb.last()) + "\n\n" + (c.kind().equals("get")
                    ? "{:reply, reply, " + sv + "}" : c.kind().equals("cast") ? "{:noreply, " + sv + "}"
                    : "{:reply, :ok, " + sv + "}");
        }
        String head = cast ? "def handle_cast(" + message + ", " + sv + ")"
                : "def handle_call(" + message + ", _from, " + sv + ")";
        if (MovedBody.parse(client) == null || MovedBody.parse(handlerBody) == null) {
            return null;
        }
        return new Move(c, client, cast ? "handle_cast" : "handle_call", head, handlerBody);
    }

    /** A one-line expression as it is; one of several lines is bound first (the caller writes it). */
    private static String single(String expr, String fallback) {
        return expr.contains("\n") ? fallback : expr;
    }

    private static String indent(String code) {
        StringBuilder out = new StringBuilder();
        for (String l : code.split("\n", -1)) {
            out.append(out.length() > 0 ? "\n" : "").append(l.isBlank() ? "" : "  " + l);
        }
        return out.toString();
    }
}
