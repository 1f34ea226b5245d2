package io.github.otpadvisor.sketch;

import java.util.LinkedHashSet;
import java.util.Set;

import io.github.otpadvisor.sketch.SketchPlan.Op;

/**
 * ETS: a small GenServer only owns the table (it lives as long as its owner); reads and writes run in
 * the caller against a named public table with {@code read_concurrency}, so readers are never
 * serialized through a process.
 */
final class EtsSketch {
    private EtsSketch() {
    }

    static String render(SketchPlan p) {
        CodeWriter w = new CodeWriter();
        w.open("defmodule " + p.module + " do");
        w.line(CarryOver.useLine(p, "GenServer", null));
        CarryOver.childSpec(w, p);
        CarryOver.plainFunctions(w, p);
        CarryOver.namedOnly(w, p, CarryOver.notIn(p, opNames(p)), "Callers now read and write the table"
                + " themselves: each becomes a function like those below, or stays with the owner.");
        CarryOver.outsideSenders(w, p, "the table's owner");
        w.blank();
        if (p.code.init() != null && p.code.init().body().contains(":ets.new(@table,")) {
            w.line("# @table stays as today's code sets it: init/1 creates the table under it, as today.");
        } else {
            w.line("@table " + p.table);
        }
        w.blank();
        TableOps ops = new TableOps(p);
        String initial = ops.startLink(w);
        w.blank();
        w.line("# Reads and writes run in the caller: no process in between.");
        boolean first = true;
        for (Op op : p.ops) {
            if (KeptFunctions.kept(p, op)) {
                continue;
            }
            if (!first) {
                w.blank();
            }
            first = false;
            if (!ops.render(w, op)) {
                operation(w, op, p.counter());
            }
        }
        String kept = KeptFunctions.write(w, p);
        w.blank();
        w.line("# The process only owns the table: the table lives as long as it does.");
        w.line("@impl true");
        int initFrom = w.toString().length();
        String[] init = ops.init(w, initial);
        if (p.code.initCalls().stream().anyMatch(c -> "EXIT".equals(c.tag())) && !init[1].contains(":trap_exit")) {
            w.line("Process.flag(:trap_exit, true)"); // as today: its terminate/2 runs at shutdown
        }
        // A timer today's init statements start already is not started twice.
        Set<String> started = new LinkedHashSet<>();
        for (TodayCode.InitCall c : p.code.initCalls()) {
            if (c.tag() != null && c.text() != null && init[1].contains(c.text())) {
                started.add(c.tag());
            }
        }
        CarryOver.initCalls(w, p, started);
        w.line("{:ok, " + init[0] + "}");
        w.close("end");
        String initText = w.toString().substring(Math.min(initFrom, w.toString().length()));
        ownerTimers(w, p);
        ops.helpers(w);
        Set<String> helpers = new LinkedHashSet<>(ops.movedHelpers());
        helpers.addAll(KeptFunctions.uses(p, kept));
        HandlerQuote.helpersStay(w, helpers);
        if (!OwnerTerminate.write(w, p, initText)) {
            CarryOver.terminate(w, p, "keep what it releases in the owner's terminate/2, reading the handle from the"
                    + " table.");
        }
        return w.close("end").toString();
    }

    /** Timers init starts keep coming to the owner: it handles them (a periodic sweep of the table). */
    private static void ownerTimers(CodeWriter w, SketchPlan p) {
        Set<String> tags = new LinkedHashSet<>();
        for (TodayCode.InitCall c : p.code.initCalls()) {
            if (c.tag() != null && SketchNames.infoTag(c.tag()) && !c.tag().equals("EXIT")) {
                tags.add(c.tag());
            }
        }
        boolean first = true;
        for (String tag : tags) {
            w.blank();
            if (first) {
                w.line("@impl true");
                first = false;
            }
            w.open(tag.equals("DOWN") ? "def handle_info({:DOWN, _ref, :process, _pid, _reason}, table) do"
                    : "def handle_info(:" + tag + ", table) do");
            w.line("# today's handling of :" + tag + ", now against the table");
            w.line("{:noreply, table}");
            w.close("end");
        }
        if (!first) {
            w.blank();
            w.line("def handle_info(_message, table), do: {:noreply, table}");
        }
    }

    static Set<String> opNames(SketchPlan p) {
        Set<String> out = new LinkedHashSet<>();
        p.ops.forEach(o -> out.add(o.name()));
        return out;
    }

    private static void operation(CodeWriter w, Op op, boolean counter) {
        w.open("def " + OpExprs.head(op.name(), op.params()) + " do");
        switch (op.access()) {
            case PUT -> {
                w.line(":ets.insert(@table, {" + OpExprs.key(op) + ", " + OpExprs.value(op) + "})");
                w.line(":ok");
            }
            case DELETE -> {
                w.line(":ets.delete(@table, " + OpExprs.key(op) + ")");
                w.line(":ok");
            }
            case CLEAR -> {
                w.line(":ets.delete_all_objects(@table)");
                w.line(":ok");
            }
            case INCREMENT -> {
                String key = OpExprs.key(op);
                w.line(":ets.update_counter(@table, " + key + ", " + OpExprs.amount(op) + ", {" + key + ", 0})");
            }
            case ALL -> {
                if (counter) {
                    lookup(w, op, ":count", "0");
                } else {
                    w.line(":ets.tab2list(@table)");
                }
            }
            // GET, and calls whose logic is unknown: in a table, they read.
            default -> {
                if (op.data().isEmpty()) {
                    w.line(":ets.tab2list(@table)");
                } else {
                    lookup(w, op, op.access() == Access.GET ? OpExprs.key(op) : OpExprs.keyOfAll(op),
                            op.access() == Access.GET ? OpExprs.missing(op) : "nil");
                }
            }
        }
        w.close("end");
    }

    private static void lookup(CodeWriter w, Op op, String key, String missing) {
        String value = OpExprs.freshVar(op, "value", "found", "entry");
        w.open("case :ets.lookup(@table, " + key + ") do");
        w.line("[{_key, " + value + "}] -> " + value);
        w.line("[] -> " + missing);
        w.close("end");
    }
}
