package io.github.otpadvisor.sketch;

import io.github.otpadvisor.elixir.syntax.ElixirNames;

/**
 * DynamicSupervisor module: children started at runtime, one per entity, found again through the
 * Registry by {@code get_or_start/1}. Partitioned, each partition is one of these supervisors, so it
 * registers no fixed name of its own.
 */
final class DynamicSupervisorSketch {
    private DynamicSupervisorSketch() {
    }

    /** {@code restart: :temporary} in a child spec as written. */
    private static final java.util.regex.Pattern RESTART = java.util.regex.Pattern.compile(
            "\\brestart:\\s*(:(?:temporary|transient|permanent))");

    /**
     * Today a {@code :simple_one_for_one} Supervisor: the same child, started with the arguments its callers pass
     * ({@code Supervisor.start_child(sup, args)} appends them to the template's), now a full spec per start.
     */
    private static String fromSimpleOneForOne(SketchPlan p) {
        CodeWriter w = new CodeWriter();
        w.open("defmodule " + p.module + " do");
        w.line(CarryOver.useLine(p, "DynamicSupervisor", null));
        w.blank();
        w.open("def start_link(opts \\\\ []) do");
        w.line("DynamicSupervisor.start_link(__MODULE__, opts, name: " + p.startName + ")");
        w.close("end");
        w.blank();
        java.util.regex.Matcher restart = RESTART.matcher(p.children.get(0));
        FitsSketch.comment(w, "Today's child template, " + p.children.get(0) + ", started per call: callers change"
                + " Supervisor.start_child(" + p.module + ", args) to " + p.module + ".start_child(args).");
        w.open("def start_child(args) do");
        w.line("spec = %{id: " + p.dynamicChild + ", start: {" + p.dynamicChild + ", :start_link, args}"
                + (restart.find() ? ", restart: " + restart.group(1) : "") + "}");
        w.line("DynamicSupervisor.start_child(__MODULE__, spec)");
        w.close("end");
        w.blank();
        w.line("@impl true");
        w.open("def init(_opts) do");
        w.line("DynamicSupervisor.init(strategy: :one_for_one)");
        w.close("end");
        return w.close("end").toString();
    }

    static String render(SketchPlan p) {
        if (p.fromSimpleOneForOne && !p.children.isEmpty() && ElixirNames.isAlias(p.dynamicChild)) {
            return fromSimpleOneForOne(p);
        }
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
