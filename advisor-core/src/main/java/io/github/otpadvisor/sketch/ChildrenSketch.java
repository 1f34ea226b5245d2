package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.SketchPlan.Addressing;
import io.github.otpadvisor.sketch.SketchPlan.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed's "Supervision Tree" block: the {@code children = [...]} entries the module needs, the
 * {@code Supervisor.start_link/2} with the strategy of the supervisor it goes under, and for per-entity
 * processes how one is started at runtime.
 */
final class ChildrenSketch {
    private ChildrenSketch() {
    }

    /** Null for plain functions: there is no process to supervise. */
    static String render(SketchPlan p) {
        if (p.shape == Shape.FUNCTIONS) {
            return null;
        }
        CodeWriter w = new CodeWriter();
        if (p.code.fits() && fitsAsToday(w, p)) {
            return w.toString();
        }
        w.open("children = [");
        List<Child> entries = entries(p);
        for (int i = 0; i < entries.size(); i++) {
            String args = entries.get(i).args();
            if (p.newNames.stream().anyMatch(n -> args.endsWith("name: " + n))) {
                w.line("# new: the project has none yet; add it to its application's children");
            } else if (p.partitionReplaces && entries.get(i).head().equals("PartitionSupervisor")) {
                w.line("# in place of today's DynamicSupervisor of this name: callers reach a partition through it");
            }
            entries.get(i).write(w, i < entries.size() - 1 ? "," : "");
        }
        w.close("]");
        w.blank();
        w.line("Supervisor.start_link(children, strategy: :" + p.strategy + ")");
        dynamicStart(w, p);
        return w.toString();
    }

    /**
     * A module that fits stays where it is: the entry its supervisor lists today, or for one started at runtime
     * the start call under today's DynamicSupervisor. False when neither is known (the generic entry follows).
     */
    private static boolean fitsAsToday(CodeWriter w, SketchPlan p) {
        String today = p.code.appChild();
        if (today != null) {
            w.line("# No change: the entry its supervisor lists today.");
            w.open("children = [");
            w.line(today);
            w.close("]");
            w.blank();
            w.line("Supervisor.start_link(children, strategy: :" + p.strategy + ")");
            return true;
        }
        if (p.startedDynamically && !p.newNames.contains(p.dynamicSupervisor)) {
            w.line("# No change: started at runtime, one per " + p.entityId + ", under " + p.dynamicSupervisor + " as today.");
            w.call("DynamicSupervisor.start_child", List.of(p.dynamicSupervisor, "{" + p.module + ", " + p.entityId + "}"));
            return true;
        }
        return false;
    }

    /** The module's own registered name, written from outside the module. */
    private static String serverOutside(SketchPlan p) {
        return p.server.equals("__MODULE__") ? p.module : p.server;
    }

    private static List<Child> entries(SketchPlan p) {
        List<Child> out = new ArrayList<>();
        boolean partitioned = p.addressing == Addressing.PARTITION;
        if (p.shape == Shape.TASK) {
            out.add(Child.taskSupervisor(p));
        } else if (p.shape == Shape.DYNAMIC_SUPERVISOR) {
            out.add(Child.registry(p));
            out.add(partitioned ? Child.partitionSupervisor(p, p.module) : Child.of(p.module));
        } else if (p.perEntity()) {
            out.add(Child.registry(p));
            out.add(partitioned ? Child.partitionSupervisor(p, "DynamicSupervisor") : Child.dynamicSupervisor(p));
        } else {
            out.add(Child.of(p.module));
        }
        return out;
    }

    /** For per-entity processes: one child started on demand (get_or_start/1 does it, and finds running ones). */
    private static void dynamicStart(CodeWriter w, SketchPlan p) {
        boolean ds = p.shape == Shape.DYNAMIC_SUPERVISOR;
        if (!ds && !p.perEntity()) {
            return;
        }
        String child = "{" + (ds ? p.dynamicChild : p.module) + ", " + p.entityId + "}";
        w.blank();
        w.line("# One child per " + p.entityId + ", started on demand:");
        if (p.addressing == Addressing.PARTITION) {
            w.call("DynamicSupervisor.start_child", List.of(
                    "{:via, PartitionSupervisor, {" + p.partitionSupervisor + ", " + p.entityId + "}}", child));
        } else {
            String supervisor = ds ? serverOutside(p) : p.dynamicSupervisor;
            w.call("DynamicSupervisor.start_child", List.of(supervisor, child));
        }
    }
}
