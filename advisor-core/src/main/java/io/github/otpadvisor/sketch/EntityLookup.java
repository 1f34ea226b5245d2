package io.github.otpadvisor.sketch;

import java.util.List;

/**
 * The seed's Registry + DynamicSupervisor pattern for per-entity processes: a via name, and
 * {@code get_or_start/1} that finds the running process or starts one. Unlike the seed's version it
 * handles {@code {:error, {:already_started, pid}}}, so two callers racing to start the same entity
 * both get the one process (RULEBOOK OTP011).
 */
final class EntityLookup {
    private EntityLookup() {
    }

    /** The module attributes naming the Registry and the supervisor. */
    static void attributes(CodeWriter w, SketchPlan p) {
        w.line("@registry " + p.registry);
        if (p.addressing == SketchPlan.Addressing.PARTITION) {
            w.line("@supervisors " + p.partitionSupervisor);
        } else if (p.shape != SketchPlan.Shape.DYNAMIC_SUPERVISOR) {
            w.line("@supervisor " + p.dynamicSupervisor);
        }
    }

    static void getOrStart(CodeWriter w, SketchPlan p) {
        String id = p.entityId;
        String helper = todaysHelper(p);
        w.open("def get_or_start(" + id + ") do");
        if (helper != null) {
            // Today's via name, whatever registry it names (Registry, Horde.Registry, :global): found through it.
            w.open("case GenServer.whereis(" + helper + "(" + id + ")) do");
            w.line("nil -> start_child(" + id + ")");
            w.line("pid -> {:ok, pid}");
        } else {
            w.open("case Registry.lookup(@registry, " + id + ") do");
            w.line("[{pid, _}] -> {:ok, pid}");
            w.line("[] -> start_child(" + id + ")");
        }
        w.close("end");
        w.close("end");
    }

    /**
     * {@code start_child/1}: starts {@code {child, id}} under the DynamicSupervisor ({@code supervisor}),
     * or under the partition the id picks when the plan is partitioned.
     */
    static void startChild(CodeWriter w, SketchPlan p, String supervisor, String child) {
        String id = p.entityId;
        w.open("defp start_child(" + id + ") do");
        String target = supervisor;
        if (p.addressing == SketchPlan.Addressing.PARTITION) {
            w.line("supervisor = {:via, PartitionSupervisor, {@supervisors, " + id + "}}");
            w.blank();
            target = "supervisor";
        }
        w.open("case DynamicSupervisor.start_child(" + target + ", {" + child + ", " + id + "}) do");
        w.line("{:error, {:already_started, pid}} -> {:ok, pid}");
        w.line("other -> other");
        w.close("end");
        w.close("end");
    }

    /** {@code name: via(id)} in today's start_link: the helper it names the process with. */
    private static final java.util.regex.Pattern NAMED_BY = java.util.regex.Pattern.compile(
            "name:\\s*([a-z_][A-Za-z0-9_]*[?!]?)\\(\\s*[a-z_][A-Za-z0-9_]*\\s*\\)");

    /**
     * The module's own function of one argument that gives its via name today ({@code name: via(id)} in its
     * start_link: a local call there is a function of the module), else its own private {@code via_tuple/1}; null
     * when it has none. The sketch calls it instead of adding a second one.
     */
    static String todaysHelper(SketchPlan p) {
        if (p.code.startLink() != null) {
            java.util.regex.Matcher m = NAMED_BY.matcher(p.code.startLink().body());
            if (m.find() && ElixirNames.isVariable(m.group(1))) {
                return m.group(1);
            }
        }
        return p.code.privates().contains("via_tuple/1") ? "via_tuple" : null;
    }

    /** The function the sketch names a process of one id with: today's helper, or the seed's via_tuple/1. */
    static String viaName(SketchPlan p) {
        String today = todaysHelper(p);
        return today != null ? today : "via_tuple";
    }

    static void viaTuple(CodeWriter w, SketchPlan p) {
        String today = todaysHelper(p);
        if (today != null) {
            FitsSketch.comment(w, today + "/1, today's function giving the via name, stays as it is: the sketch uses it.");
            return;
        }
        String id = p.entityId;
        w.line("defp via_tuple(" + id + "), do: {:via, Registry, {@registry, " + id + "}}");
    }

    /** The head of an operation; parameters it does not use are prefixed with an underscore. */
    static String head(SketchPlan.Op op, boolean dataUsed) {
        List<String> params = new java.util.ArrayList<>(op.params());
        if (!dataUsed) {
            for (int i = 0; i < op.data().size(); i++) {
                params.set(op.position(i), "_" + op.data().get(i));
            }
        }
        return OpExprs.head(op.name(), params);
    }
}
