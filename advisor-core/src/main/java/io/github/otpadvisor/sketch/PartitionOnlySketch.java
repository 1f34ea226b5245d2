package io.github.otpadvisor.sketch;

import io.github.otpadvisor.elixir.syntax.TopLevel;
import java.util.List;

/**
 * A per-entity process already started under a DynamicSupervisor, whose only change is to start it through a
 * PartitionSupervisor (OTP010): the module itself stays as it is, name, start and callbacks (streampai's StreamManager,
 * whose rewrite with a new start_link and Registry had registered it under a key its own calls never used). The sketch
 * is today's start_child call routed to one partition by the entity, and what else must route the same way.
 */
final class PartitionOnlySketch {
    private PartitionOnlySketch() {
    }

    /** Null unless the plan only moves today's DynamicSupervisor start under a PartitionSupervisor. */
    static String render(SketchPlan p) {
        List<String> args = todaysArgs(p);
        if (args == null) {
            return null;
        }
        TodayStart.Site today = p.code.start().dynamic();
        String text = today.text().strip();
        CodeWriter w = new CodeWriter();
        String kind = p.code.stateMachine() ? ":gen_statem" : p.shape == SketchPlan.Shape.AGENT ? "Agent"
                : p.shape == SketchPlan.Shape.GENSERVER ? "GenServer" : "process";
        FitsSketch.comment(w, p.module + " itself does not change: it stays a " + kind + ", and its start_link, the"
                + " name it registers, init and every callback stay as they are.");
        FitsSketch.comment(w, "What OTP010 changes is the start in " + today.by() + " (" + today.where() + "), today "
                + text + ": with " + args.get(0) + " listed as {PartitionSupervisor, child_spec: DynamicSupervisor,"
                + " name: " + args.get(0) + "} (Supervision Tree below), it names the partition of the entity:");
        w.call("DynamicSupervisor.start_child", List.of("{:via, PartitionSupervisor, {" + args.get(0) + ", "
                + today.key() + "}}", args.get(1)));
        FitsSketch.comment(w, "Every other call that names " + args.get(0) + " (start_child, terminate_child,"
                + " which_children, count_children) must route the same way: the name is the PartitionSupervisor's"
                + " now, which has no children of this kind. Where " + args.get(0) + " is a module with an init/1 of"
                + " its own, what that init/1 does moves with it (child_spec: " + args.get(0) + " runs one per"
                + " partition).");
        // what its other findings call for, as for a module that fits (spek's get-or-start race, OTP011)
        p.code.findings().stream().filter(f -> !"OTP010".equals(f.ruleId())).limit(3).forEach(f -> {
            w.blank();
            FitsSketch.fix(w, p, f);
        });
        return w.toString();
    }

    /** The Supervision Tree's entry for the same change: the PartitionSupervisor in place of today's supervisor. */
    static String children(SketchPlan p) {
        List<String> args = todaysArgs(p);
        if (args == null) {
            return null;
        }
        CodeWriter w = new CodeWriter();
        FitsSketch.comment(w, "In place of today's DynamicSupervisor " + args.get(0) + " in its supervisor's children:"
                + " callers reach a partition through it; its start_child calls route by the entity, as the"
                + " Implementation shows.");
        w.open("children = [");
        w.keywordTuple("PartitionSupervisor", "child_spec: DynamicSupervisor, name: " + args.get(0), "");
        w.close("]");
        w.blank();
        w.line("Supervisor.start_link(children, strategy: :" + p.strategy + ")");
        return w.toString();
    }

    /** Today's start_child arguments (supervisor, child), when the plan only partitions that start; else null. */
    private static List<String> todaysArgs(SketchPlan p) {
        TodayStart.Site today = p.code.start() == null ? null : p.code.start().dynamic();
        if (p.addressing != SketchPlan.Addressing.PARTITION || !p.placementOnly
                || today == null || today.text() == null || today.key() == null) {
            return null;
        }
        String text = today.text().strip();
        int open = text.indexOf('(');
        if (!text.startsWith("DynamicSupervisor.start_child(") || TopLevel.closing(text, open) != text.length() - 1) {
            return null;
        }
        List<String> args = TopLevel.items(text.substring(open + 1, text.length() - 1), true);
        return args == null || args.size() != 2 ? null : args;
    }
}
