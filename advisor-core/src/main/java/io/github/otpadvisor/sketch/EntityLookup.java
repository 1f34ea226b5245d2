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
        w.open("def get_or_start(" + id + ") do");
        w.open("case Registry.lookup(@registry, " + id + ") do");
        w.line("[{pid, _}] -> {:ok, pid}");
        w.line("[] -> start_child(" + id + ")");
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

    static void viaTuple(CodeWriter w, SketchPlan p) {
        String id = p.entityId;
        w.line("defp via_tuple(" + id + "), do: {:via, Registry, {@registry, " + id + "}}");
    }

    /** The head of an operation; parameters it does not use are prefixed with an underscore. */
    static String head(SketchPlan.Op op, boolean dataUsed) {
        List<String> params = new java.util.ArrayList<>();
        if (op.id() != null) {
            params.add(op.id());
        }
        for (String d : op.data()) {
            params.add(dataUsed ? d : "_" + d);
        }
        return OpExprs.head(op.name(), params);
    }
}
