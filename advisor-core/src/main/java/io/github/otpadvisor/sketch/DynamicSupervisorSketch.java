package io.github.otpadvisor.sketch;

/**
 * DynamicSupervisor module: children started at runtime, one per entity, found again through the
 * Registry by {@code get_or_start/1}. Partitioned, each partition is one of these supervisors, so it
 * registers no fixed name of its own.
 */
final class DynamicSupervisorSketch {
    private DynamicSupervisorSketch() {
    }

    static String render(SketchPlan p) {
        boolean partitioned = p.addressing == SketchPlan.Addressing.PARTITION;
        CodeWriter w = new CodeWriter();
        w.open("defmodule " + p.module + " do");
        w.line(CarryOver.useLine(p, "DynamicSupervisor", null));
        CarryOver.childSpec(w, p);
        w.blank();
        EntityLookup.attributes(w, p);
        w.line("@worker " + p.dynamicChild);
        w.blank();
        w.open("def start_link(opts) do");
        w.line(partitioned ? "DynamicSupervisor.start_link(__MODULE__, opts)"
                : "DynamicSupervisor.start_link(__MODULE__, opts, name: " + p.startName + ")");
        w.close("end");
        w.blank();
        w.line("# Each @worker registers itself as {:via, Registry, {@registry, " + p.entityId + "}}.");
        EntityLookup.getOrStart(w, p);
        w.blank();
        w.line("@impl true");
        w.open("def init(_opts) do");
        w.line("DynamicSupervisor.init(strategy: :one_for_one)");
        w.close("end");
        w.blank();
        EntityLookup.startChild(w, p, p.server, "@worker");
        HandlerQuote.helpersStay(w, KeptFunctions.uses(p, KeptFunctions.write(w, p)));
        return w.close("end").toString();
    }
}
