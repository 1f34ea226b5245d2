package io.github.otpadvisor.sketch;

import io.github.otpadvisor.elixir.syntax.ElixirNames;
import java.util.List;

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
        List<String> runs = initStatements(p);
        if (runs == null) {
            FitsSketch.comment(w, "Today's init/1 (" + p.code.where().getOrDefault("init/1", "its code")
                    + ") may do more than return its children: keep what else it runs here.");
        } else if (!runs.isEmpty()) {
            FitsSketch.comment(w, "As today's init/1 runs it:");
            runs.forEach(k -> MovedBody.write(w, k));
            w.blank();
        }
        w.line("DynamicSupervisor.init(strategy: :one_for_one" + flags(p) + ")");
        w.close("end");
        // start_worker/1 and the like, which call Supervisor.start_child today (evercam's WorkerSupervisor): they
        // stay, or callers of them break
        List<String> kept = p.code.publics().stream().filter(k -> !k.startsWith("start_link/")
                && !k.equals("start_child/1") && !k.startsWith("init/") && !k.startsWith("child_spec/")).toList();
        if (!kept.isEmpty()) {
            w.blank();
            FitsSketch.comment(w, "Unchanged: " + String.join(", ", kept) + " (its functions today: they stay as"
                    + " written, a Supervisor.start_child(" + p.module + ", args) in them becomes start_child(args)).");
        }
        return w.close("end").toString();
    }

    /** A restart intensity today's options set ({@code max_restarts: 1_000_000}), kept as written. */
    private static final java.util.regex.Pattern FLAG = java.util.regex.Pattern.compile(
            "\\b(max_restarts|max_seconds):\\s*([0-9][0-9_]*|@[a-z_][A-Za-z0-9_]*|:infinity)");

    /** {@code , max_restarts: 1_000_000} as today's supervise/2 or Supervisor.init/2 gives it, or "". */
    private static String flags(SketchPlan p) {
        String body = p.code.init() == null ? null : p.code.init().body();
        if (body == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = FLAG.matcher(body);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (m.find()) {
            if (seen.add(m.group(1))) {
                out.append(", ").append(m.group(1)).append(": ").append(m.group(2));
            }
        }
        return out.toString();
    }

    /**
     * What today's init/1 runs besides building its children and returning them (evercam's
     * {@code Task.start_link(&initiate_workers/0)}, which starts the workers at boot); null when its body is not at
     * hand or not read whole.
     */
    private static List<String> initStatements(SketchPlan p) {
        String body = p.code.init() == null ? null : p.code.init().body();
        List<String> all = body == null ? null : ContinueMove.statementTexts(MovedBody.dedent(body));
        if (all == null || all.isEmpty()) {
            return null;
        }
        List<String> out = new java.util.ArrayList<>();
        for (String st : all.subList(0, all.size() - 1)) {
            if (CHILDREN.matcher(st).find()) {
                continue; // the children list: the template the sketch's start_child starts
            }
            if (USES_CHILDREN.matcher(st).find() || st.contains("@")) {
                return null; // it uses the list, or an attribute of the module: not movable as written
            }
            out.add(st);
        }
        return out;
    }

    private static final java.util.regex.Pattern USES_CHILDREN = java.util.regex.Pattern.compile(
            "(?<![\\w.:@])children(?![\\w?!])");
    private static final java.util.regex.Pattern CHILDREN = java.util.regex.Pattern.compile(
            "^(#[^\\n]*\\n)*children\\s*=");

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
