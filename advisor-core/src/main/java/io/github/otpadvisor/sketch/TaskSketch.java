package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.SketchInput.Operation;
import io.github.otpadvisor.sketch.SketchPlan.Op;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Task under a Task.Supervisor: fire-and-forget work with {@code start_child}, work whose result the
 * caller needs with {@code async_nolink} and a bounded wait, so a crash or a hang in the task does not
 * take the caller down (and shutdown waits for running tasks).
 */
final class TaskSketch {
    private TaskSketch() {
    }

    static String render(SketchPlan p) {
        Map<Op, String> workers = workers(p.ops);
        CodeWriter w = new CodeWriter();
        w.open("defmodule " + p.module + " do");
        CarryOver.namedOnly(w, p, CarryOver.notIn(p, EtsSketch.opNames(p)), "A task takes no messages: each becomes"
                + " a function like those below, run under the task supervisor.");
        CarryOver.outsideSenders(w, p, "a task");
        CarryOver.optionsNotKept(w, p, "each task is started (temporary) by the task supervisor below.");
        for (TodayCode.InitCall c : p.code.initCalls()) {
            FitsSketch.comment(w, "Not kept: today's init runs " + c.text() + "; a task ends when its work does.");
        }
        w.line("@supervisor " + p.taskSupervisor);
        for (Op op : p.ops) {
            if (KeptFunctions.kept(p, op)) {
                continue;
            }
            w.blank();
            w.open("def " + OpExprs.head(op.name(), op.params()) + " do");
            String work = OpExprs.head(workers.get(op), op.params()) + (op.params().isEmpty() ? "()" : "");
            if (awaited(op)) {
                w.callWithFn("task", "Task.Supervisor.async_nolink", List.of("@supervisor"), work);
                w.blank();
                w.open("case Task.yield(task, 5_000) || Task.shutdown(task) do");
                w.line("{:ok, result} -> {:ok, result}");
                w.line("{:exit, reason} -> {:error, reason}");
                w.line("nil -> {:error, :timeout}");
                w.close("end");
            } else {
                w.callWithFn(null, "Task.Supervisor.start_child", List.of("@supervisor"), work);
            }
            w.close("end");
        }
        for (Op op : p.ops) {
            if (KeptFunctions.kept(p, op)) {
                continue;
            }
            w.blank();
            w.open("defp " + OpExprs.ignoringHead(workers.get(op), op.params()) + " do");
            w.line("# the work " + op.name() + "/" + op.arity() + " does today, run in the task");
            w.line(":ok");
            w.close("end");
        }
        HandlerQuote.helpersStay(w, KeptFunctions.uses(p, KeptFunctions.write(w, p)));
        CarryOver.terminate(w, p, "a task has no terminate: release what it holds at the end of its function (an after block).");
        return w.close("end").toString();
    }

    /** The caller needs the result: reads and calls wait for it; casts and the rest do not. */
    private static boolean awaited(Op op) {
        return op.kind() == Operation.Kind.READ || op.kind() == Operation.Kind.CALL;
    }

    /**
     * The private function doing each operation's work: {@code do_} and its name without {@code ?} or
     * {@code !}, numbered when two operations ({@code valid?/1}, {@code valid!/1}) would share one.
     */
    private static Map<Op, String> workers(List<Op> ops) {
        Map<Op, String> out = new IdentityHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Op op : ops) {
            String base = "do_" + op.name().replaceAll("[?!]$", "");
            String name = base;
            for (int i = 2; !taken.add(name + "/" + op.arity()); i++) {
                name = base + i;
            }
            out.put(op, name);
        }
        return out;
    }
}
