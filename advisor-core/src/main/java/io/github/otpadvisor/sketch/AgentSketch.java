package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.SketchPlan.Op;
import java.util.List;

/** Agent: state that is only read and replaced, behind {@code Agent.get/update} with a name. */
final class AgentSketch {
    private AgentSketch() {
    }

    static String render(SketchPlan p) {
        CodeWriter w = new CodeWriter();
        w.open("defmodule " + p.module + " do");
        w.line(CarryOver.useLine(p, "Agent", null));
        CarryOver.childSpec(w, p);
        CarryOver.plainFunctions(w, p);
        // Today's clients kept as written with their calls swapped: their heads, targets and returns stay.
        java.util.Map<String, AgentClients.Swap> swaps = p.perEntity() ? java.util.Map.of() : AgentClients.of(p);
        CarryOver.namedOnly(w, p, CarryOver.notIn(p, EtsSketch.opNames(p)), "An Agent takes no messages of its own:"
                + " each becomes a function like those below, run through Agent.get/update.");
        CarryOver.outsideSenders(w, p, "an Agent");
        notKept(w, p);
        w.blank();
        String startCode = null;
        if (p.perEntity()) {
            EntityLookup.attributes(w, p);
            w.blank();
            w.open("def start_link(" + p.entityId + ") do");
            w.line("Agent.start_link(fn -> " + initialState(p) + " end, name: " + EntityLookup.viaName(p) + "(" + p.entityId + "))");
            w.close("end");
            w.blank();
            EntityLookup.getOrStart(w, p);
        } else if ((startCode = todayStart(w, p)) == null && unnamed(p, swaps)) {
            // Callers find it by the pid they keep (today's start gives no name): one per start, as today.
            FitsSketch.comment(w, "Started without a name, as today: callers keep its pid. Where today's code"
                    + " starts it with GenServer.start_link(__MODULE__, ..)"
                    + (p.code.start().call() != null ? " (" + p.code.start().call().by() + ")" : "")
                    + ", call this instead.");
            w.open("def start_link(_opts) do");
            w.line("Agent.start_link(fn -> " + initialState(p) + " end)");
            w.close("end");
        } else if (startCode == null) {
            w.open("def start_link(" + (p.startName.equals(p.server) ? "_opts" : "opts") + ") do");
            w.line("Agent.start_link(fn -> " + initialState(p) + " end, name: " + p.startName + ")");
            w.close("end");
        }
        java.util.Set<String> helpers = new java.util.LinkedHashSet<>();
        if (startCode != null) {
            helpers.addAll(HandlerQuote.attributes(startCode));
        }
        java.util.Set<String> written = new java.util.HashSet<>();
        for (Op op : p.ops) {
            if (KeptFunctions.kept(p, op)) {
                continue;
            }
            w.blank();
            AgentClients.Swap swap = swaps.get(op.name() + "/" + op.arity());
            if (swap != null) {
                AgentClients.write(w, swap);
                written.add(swap.key());
                helpers.addAll(HandlerQuote.helpers(p.code, swap.code()));
                helpers.addAll(HandlerQuote.attributes(swap.code()));
                continue;
            }
            String moved = p.perEntity() ? null : moved(w, p, op);
            if (moved != null) {
                helpers.addAll(HandlerQuote.helpers(p.code, moved));
            } else if (p.code.handlers().isEmpty() || op.tag() == null || TodayLogic.of(p, op) != null
                    && onlyReturn(p, op)) {
                operation(w, p, op);
            } else {
                quoted(w, p, op);
            }
        }
        // Today's other clients of the process, beyond the operations the plan took.
        for (AgentClients.Swap swap : swaps.values()) {
            if (written.add(swap.key())) {
                w.blank();
                AgentClients.write(w, swap);
                helpers.addAll(HandlerQuote.helpers(p.code, swap.code()));
                helpers.addAll(HandlerQuote.attributes(swap.code()));
            }
        }
        helpers.addAll(KeptFunctions.uses(p, KeptFunctions.write(w, p)));
        HandlerQuote.helpersStay(w, helpers);
        if (p.perEntity()) {
            w.blank();
            EntityLookup.startChild(w, p, "@supervisor", "__MODULE__");
            w.blank();
            EntityLookup.viaTuple(w, p);
        }
        CarryOver.terminate(w, p, "an Agent has no terminate/2: keep it a GenServer, or release what it holds where the Agent is stopped.");
        return w.close("end").toString();
    }

    /**
     * Started without a name today: no registered name is known and every operation is one of today's clients kept
     * with its own way to the process (a pid it is given, a lookup), so nothing would address a name.
     */
    private static boolean unnamed(SketchPlan p, java.util.Map<String, AgentClients.Swap> swaps) {
        return !p.named && !swaps.isEmpty() && p.ops.stream().allMatch(o -> KeptFunctions.kept(p, o)
                || swaps.containsKey(o.name() + "/" + o.arity()));
    }

    /** Today's initial state when init/1 returns a literal one; a map otherwise. */
    private static String initialState(SketchPlan p) {
        return p.code.initState() != null ? p.code.initState() : "%{}";
    }

    /**
     * Today's start_link ({@code GenServer.start_link(__MODULE__, arg, opts)}) starting the Agent with today's init
     * body as its function, so the state has today's shape and the name today's expression. Returns the moved init
     * code, or null (nothing written) when either is not there as written.
     */
    private static String todayStart(CodeWriter w, SketchPlan p) {
        TodayCode.Init start = p.code.startLink();
        TodayCode.Init init = p.code.init();
        MovedBody initBody = init == null ? null : MovedBody.of(init.body());
        List<String> ret = initBody == null ? List.of() : initBody.returnItems();
        // the lines before the start (dispatch's FakeSlack builds its options and state there) stay as written
        String body = start == null ? "" : start.body().strip();
        int cut = body.lastIndexOf('\n');
        String before = cut < 0 ? "" : body.substring(0, cut);
        String last = body.substring(cut + 1).strip();
        if (start == null || ret.size() != 2 || !ret.get(0).equals(":ok")
                || !last.startsWith("GenServer.start_link(") || !last.endsWith(")")
                || !before.isEmpty() && MovedBody.parse(before) == null) {
            return null;
        }
        List<String> args = TodayLogic.tupleItems("{" + last.substring("GenServer.start_link(".length(),
                last.length() - 1) + "}");
        // GenServer.start_link(__MODULE__, opts) too: unnamed, its state built by init/1 from opts (archethic's
        // SeedHolder: the sketch started from %{} and lost the seeds)
        if (args.size() < 2 || args.size() > 3 || !args.get(0).equals("__MODULE__")) {
            return null;
        }
        String options = args.size() == 3 ? ", " + args.get(2) : "";
        String code = initBody.with(ret.get(1));
        // init(opts \\ []) (mobile_app_backend's LastFreshStore.Impl): the default is init's own, the name is the value
        String param = withoutDefault(init.param());
        if (!ElixirNames.isVariable(param) && !param.startsWith("_")) {
            return null;
        }
        if (!param.startsWith("_") && !param.equals(args.get(1)) && MovedBody.uses(code, param)) {
            code = param + " = " + args.get(1) + "\n" + code;
        }
        if (MovedBody.parse(code) == null) {
            return null;
        }
        String startParam = start.param(); // as written, with its default: start_link(opts \\ []) stays callable as today
        String startVar = withoutDefault(startParam);
        if (ElixirNames.isVariable(startVar) && !startVar.startsWith("_") && !MovedBody.uses(before, startVar)
                && !MovedBody.uses(code, startVar) && !MovedBody.uses("[" + options + "]", startVar)) {
            startParam = "_" + startParam; // what today's start_link passed to init is not used by the state
        }
        w.open("def start_link" + (startParam.isEmpty() ? "" : "(" + startParam + ")") + " do");
        if (!before.isEmpty()) {
            MovedBody.write(w, before);
            w.blank();
        }
        if (!code.contains("\n") && w.fits("Agent.start_link(fn -> " + code + " end" + options + ")")) {
            w.line("Agent.start_link(fn -> " + code + " end" + options + ")");
        } else if (options.isEmpty()) {
            w.open("Agent.start_link(fn ->");
            MovedBody.write(w, code);
            w.close("end)");
        } else {
            w.open("Agent.start_link(");
            w.open("fn ->");
            MovedBody.write(w, code);
            w.close("end,");
            w.line(options.substring(2));
            w.close(")");
        }
        w.close("end");
        return code;
    }

    /** {@code opts} of a parameter written {@code opts \\ []}; the parameter itself otherwise. */
    private static String withoutDefault(String param) {
        int at = param == null ? -1 : param.indexOf("\\\\");
        return at < 0 ? param : param.substring(0, at).strip();
    }

    /**
     * The operation's handler moved into the Agent function as written (its statements and its reply and next
     * state), when the handler is one clause ending in one return and uses only what the message carries and the
     * state. Returns the moved code, or null (nothing written).
     */
    private static String moved(CodeWriter w, SketchPlan p, Op op) {
        if (op.tag() == null) {
            return null;
        }
        List<TodayCode.Handler> clauses = HandlerQuote.clauses(p.code, op.async() ? "handle_cast" : "handle_call",
                op.tag());
        MovedBody body = clauses.size() == 1 ? MovedBody.of(clauses.get(0).body()) : null;
        if (body == null) {
            return null;
        }
        TodayCode.Handler h = clauses.get(0);
        List<String> items = body.returnItems();
        boolean shaped = op.async() ? items.size() == 2 && items.get(0).equals(":noreply")
                : items.size() == 3 && items.get(0).equals(":reply");
        if (!shaped) {
            return null;
        }
        String sv = h.stateVar() != null ? h.stateVar() : "_state";
        String next = items.get(items.size() - 1);
        List<String> message = MovedBody.bound(h.message() == null ? "" : h.message());
        // The function's parameters: the message's, after what addresses the process when it takes one.
        List<String> params = new java.util.ArrayList<>(op.params());
        String agent = p.server;
        String started = startedName(p);
        if (params.size() == message.size() + 1 && !message.contains(params.get(0))) {
            agent = params.get(0);
        } else if (params.size() != message.size()) {
            return null;
        } else if (started != null && started.isEmpty()) {
            agent = "server"; // today's start names each process from its options: callers say which one
        } else if (started != null) {
            agent = started;
        }
        List<String> pattern = TodayLogic.tupleItems(h.message());
        List<String> head = new java.util.ArrayList<>();
        if (agent.equals("server") || !params.isEmpty() && agent.equals(params.get(0))) {
            head.add(agent);
        }
        head.addAll(pattern.isEmpty() ? List.of() : pattern.subList(1, pattern.size()));
        String call;
        String code;
        if (op.async()) {
            call = "Agent.cast(";
            code = body.with(next);
        } else if (next.equals(sv)) {
            call = "Agent.get(";
            code = body.with(items.get(1));
        } else {
            call = "Agent.get_and_update(";
            code = body.with("{" + items.get(1) + ", " + next + "}");
        }
        java.util.Set<String> known = new java.util.HashSet<>(message);
        known.add(sv);
        java.util.Set<String> vars = MovedBody.variables(code);
        for (String v : Messages.freeVariables(code)) {
            if (vars.contains(v) && !known.contains(v)) {
                return null; // it uses the caller (from) or something only the clause head binds
            }
        }
        w.open("def " + op.name() + (head.isEmpty() ? "" : "(" + String.join(", ", head) + ")") + " do");
        if (!code.contains("\n") && w.fits(call + agent + ", fn " + sv + " -> " + code + " end)")) {
            w.line(call + agent + ", fn " + sv + " -> " + code + " end)");
        } else {
            w.open(call + agent + ", fn " + sv + " ->");
            MovedBody.write(w, code);
            w.close("end)");
        }
        w.close("end");
        return code;
    }

    /** The handler is its return alone (TodayLogic moves only that), or its body is not known. */
    private static boolean onlyReturn(SketchPlan p, Op op) {
        List<TodayCode.Handler> clauses = HandlerQuote.clauses(p.code, op.async() ? "handle_cast" : "handle_call",
                op.tag());
        MovedBody body = clauses.size() == 1 ? MovedBody.of(clauses.get(0).body()) : null;
        return body == null || body.prelude().isBlank();
    }

    /**
     * The name today's start_link gives the process when the sketch starts it the same way: the expression as
     * written ({@code @name}), "" when it is built from start_link's arguments, null when not known.
     */
    private static String startedName(SketchPlan p) {
        TodayCode.Init start = p.code.startLink();
        if (start == null || p.code.init() == null || start.body().contains("\n")
                || !start.body().startsWith("GenServer.start_link(") || !start.body().endsWith(")")) {
            return null;
        }
        List<String> args = TodayLogic.tupleItems("{" + start.body().substring("GenServer.start_link(".length(),
                start.body().length() - 1) + "}");
        if (args.size() != 3 || !args.get(2).startsWith("name: ")) {
            return null;
        }
        String name = args.get(2).substring("name: ".length()).strip();
        return MovedBody.variables(name).isEmpty() ? name : "";
    }

    /** An operation whose handler cannot be moved as written: its name, why, and today's handler. */
    private static void quoted(CodeWriter w, SketchPlan p, Op op) {
        String callback = op.async() ? "handle_cast" : "handle_call";
        List<TodayCode.Handler> clauses = HandlerQuote.clauses(p.code, callback, op.tag());
        String what = op.name() + "/" + op.arity();
        if (clauses.isEmpty()) {
            FitsSketch.comment(w, what + " sends :" + op.tag() + ", which no " + callback + " clause takes.");
            return;
        }
        for (TodayCode.Handler h : clauses) {
            HandlerQuote.notMoved(w, what, clauses.size() > 1 ? "today " + clauses.size() + " clauses take :"
                    + op.tag() + "; an Agent function is one body." : "it uses more than the message and the state"
                    + " (the caller, a value its head binds), or does not end in one return: it needs a GenServer"
                    + " clause of its own, or its logic rewritten by hand around Agent.get_and_update/2.", h);
        }
    }

    /** An Agent cannot keep init's timers or monitors: they are named, not dropped. */
    private static void notKept(CodeWriter w, SketchPlan p) {
        for (TodayCode.InitCall c : p.code.initCalls()) {
            FitsSketch.comment(w, "Not kept: today's init runs " + c.text() + "; an Agent has no handle_info,"
                    + " so that needs a GenServer (or a timer elsewhere).");
        }
    }

    private static void operation(CodeWriter w, SketchPlan p, Op op) {
        boolean work = op.access() == Access.WORK;
        TodayLogic logic = TodayLogic.of(p, op);
        w.open("def " + EntityLookup.head(op, !work || logic != null) + " do");
        String agent = p.server;
        if (p.perEntity()) {
            w.line("{:ok, pid} = get_or_start(" + op.id() + ")");
            agent = "pid";
        }
        String update = op.async() ? "Agent.cast(" : "Agent.update(";
        if (logic != null) {
            // Today's reply and next state, moved as written into the function.
            String fn = "fn " + logic.stateVar() + " -> ";
            if (logic.reply() == null) {
                w.line(update + agent + ", " + fn + logic.next() + " end)");
            } else if (logic.reads()) {
                w.line("Agent.get(" + agent + ", " + fn + logic.reply() + " end)");
            } else {
                w.line("Agent.get_and_update(" + agent + ", " + fn + "{" + logic.reply() + ", " + logic.next() + "} end)");
            }
            w.close("end");
            return;
        }
        String key = op.data().isEmpty() ? null : OpExprs.key(op);
        switch (op.access()) {
            case GET -> w.line("Agent.get(" + agent + ", &Map.get(&1, " + key
                    + (op.data().size() == 2 ? ", " + OpExprs.missing(op) : "") + "))");
            case ALL -> w.line(p.counter() ? "Agent.get(" + agent + ", &Map.get(&1, :count, 0))"
                    : "Agent.get(" + agent + ", & &1)");
            case PUT -> w.line(update + agent + ", &Map.put(&1, " + key + ", " + OpExprs.value(op) + "))");
            case DELETE -> w.line(update + agent + ", &Map.delete(&1, " + key + "))");
            case CLEAR -> w.line(update + agent + ", fn _state -> %{} end)");
            case INCREMENT -> {
                String amount = OpExprs.amount(op);
                w.line(update + agent + ", &Map.update(&1, " + OpExprs.key(op) + ", " + amount + ", fn n -> n + "
                        + amount + " end))");
            }
            case WORK -> {
                w.line("# today's logic of " + op.name() + "/" + op.arity() + ": compute the reply and the new state");
                w.line("Agent.get_and_update(" + agent + ", fn state -> {:ok, state} end)");
            }
        }
        w.close("end");
    }
}
