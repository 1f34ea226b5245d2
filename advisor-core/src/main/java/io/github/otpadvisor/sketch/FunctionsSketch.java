package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.SketchPlan.Op;

/** Functions: the module's operations as plain functions, run by each caller in its own process. */
final class FunctionsSketch {
    private FunctionsSketch() {
    }

    static String render(SketchPlan p) {
        CodeWriter w = new CodeWriter();
        w.open("defmodule " + p.module + " do");
        w.line("# No process: each caller runs these functions itself, concurrently.");
        CarryOver.namedOnly(w, p, CarryOver.notIn(p, EtsSketch.opNames(p)), "Without a process nobody receives"
                + " them: each becomes a function like those below, called directly.");
        CarryOver.optionsNotKept(w, p, "without a process there is nothing to restart.");
        for (TodayCode.InitCall c : p.code.initCalls()) {
            FitsSketch.comment(w, "Not kept: today's init runs " + c.text() + "; without a process there is no"
                    + " timer or monitor, so what it drives needs a process of its own.");
        }
        for (Op op : p.ops) {
            w.blank();
            w.open("def " + OpExprs.head(op.name(), op.params()) + " do");
            w.line("# today's logic of " + op.name() + "/" + op.arity() + ", computed from its arguments");
            w.line(result(op));
            w.close("end");
        }
        return w.close("end").toString();
    }

    /** A stand-in result built from the arguments, so the sketch uses every one of them. */
    private static String result(Op op) {
        return switch (op.params().size()) {
            case 0 -> ":ok";
            case 1 -> op.params().get(0);
            default -> OpExprs.tuple(op.params());
        };
    }
}
