package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.SketchPlan.Op;

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
        CarryOver.namedOnly(w, p, CarryOver.notIn(p, EtsSketch.opNames(p)), "An Agent takes no messages of its own:"
                + " each becomes a function like those below, run through Agent.get/update.");
        notKept(w, p);
        w.blank();
        if (p.perEntity()) {
            EntityLookup.attributes(w, p);
            w.blank();
            w.open("def start_link(" + p.entityId + ") do");
            w.line("Agent.start_link(fn -> " + initialState(p) + " end, name: via_tuple(" + p.entityId + "))");
            w.close("end");
            w.blank();
            EntityLookup.getOrStart(w, p);
        } else {
            w.open("def start_link(" + (p.startName.equals(p.server) ? "_opts" : "opts") + ") do");
            w.line("Agent.start_link(fn -> " + initialState(p) + " end, name: " + p.startName + ")");
            w.close("end");
        }
        for (Op op : p.ops) {
            w.blank();
            operation(w, p, op);
        }
        if (p.perEntity()) {
            w.blank();
            EntityLookup.startChild(w, p, "@supervisor", "__MODULE__");
            w.blank();
            EntityLookup.viaTuple(w, p);
        }
        return w.close("end").toString();
    }

    /** Today's initial state when init/1 returns a literal one; a map otherwise. */
    private static String initialState(SketchPlan p) {
        boolean allToday = p.ops.stream().allMatch(op -> TodayLogic.of(p, op) != null);
        return p.code.initState() != null && allToday ? p.code.initState() : "%{}";
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
