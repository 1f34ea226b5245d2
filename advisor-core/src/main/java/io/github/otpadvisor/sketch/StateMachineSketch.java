package io.github.otpadvisor.sketch;

/**
 * A {@code gen_statem} whose placement changes stays a state machine: its states, events and callback mode are
 * today's; the sketch shows only how it is started and found, with {@code :gen_statem.start_link}.
 */
final class StateMachineSketch {
    private StateMachineSketch() {
    }

    static String render(SketchPlan p) {
        CodeWriter w = new CodeWriter();
        w.open("defmodule " + p.module + " do");
        w.line("# Stays a :gen_statem: callback_mode/0, init/1, its states and every event it handles are");
        w.line("# kept as they are today; only how it is started and found changes.");
        CarryOver.childSpec(w, p);
        CarryOver.namedOnly(w, p, CarryOver.notIn(p, java.util.Set.of()), "Kept unchanged.");
        for (TodayCode.InitCall c : p.code.initCalls()) {
            FitsSketch.comment(w, "init keeps " + c.text());
        }
        if (p.perEntity()) {
            w.blank();
            EntityLookup.attributes(w, p);
        }
        w.blank();
        restartOptions(w, p);
        if (p.perEntity()) {
            w.open("def start_link(" + p.entityId + ") do");
            w.line(":gen_statem.start_link(" + EntityLookup.viaName(p) + "(" + p.entityId + "), __MODULE__, " + p.entityId + ", [])");
            w.close("end");
            w.blank();
            EntityLookup.getOrStart(w, p);
            w.blank();
            EntityLookup.startChild(w, p, "@supervisor", "__MODULE__");
            w.blank();
            EntityLookup.viaTuple(w, p);
        } else {
            w.open("def start_link(opts) do");
            String name = p.server.equals("__MODULE__") || p.server.startsWith(":") || ElixirNames.isAlias(p.server)
                    ? "{:local, " + p.server + "}" : "{:local, __MODULE__}";
            w.line(":gen_statem.start_link(" + name + ", __MODULE__, opts, [])");
            w.close("end");
        }
        HandlerQuote.helpersStay(w, KeptFunctions.uses(p, KeptFunctions.write(w, p)));
        CarryOver.terminate(w, p, "keep it as the state machine's terminate/3 (reason, state, data).");
        return w.close("end").toString();
    }

    /** A gen_statem has no {@code use} line: today's restart/shutdown go into its child_spec/1. */
    private static void restartOptions(CodeWriter w, SketchPlan p) {
        String restart = p.code.useOptions().get("restart");
        String shutdown = p.code.useOptions().get("shutdown");
        if (restart == null && shutdown == null) {
            return;
        }
        FitsSketch.comment(w, "child_spec/1 keeps today's " + (restart != null ? "restart: " + restart : "")
                + (restart != null && shutdown != null ? ", " : "") + (shutdown != null ? "shutdown: " + shutdown : ""));
    }
}
