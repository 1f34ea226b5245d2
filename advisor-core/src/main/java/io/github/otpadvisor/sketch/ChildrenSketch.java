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

    /**
     * Null for plain functions: there is no process to supervise; unless its casts become tasks under a
     * Task.Supervisor the project does not have yet, which is then the entry to add.
     */
    static String render(SketchPlan p) {
        if (p.shape == Shape.FUNCTIONS) {
            if (!p.newNames.contains(p.taskSupervisor) || !FunctionsSketch.castsToTasks(p)) {
                return null;
            }
            CodeWriter w = new CodeWriter();
            // it must be running before a caller's first cast: listed after them, an early call finds no supervisor
            FitsSketch.comment(w, "new: the project has none yet; add it to its application's children, before the"
                    + " children whose code calls " + p.module + "'s functions.");
            w.open("children = [");
            Child.taskSupervisor(p).write(w, "");
            w.close("]");
            return w.toString();
        }
        String partitioned = PartitionOnlySketch.children(p);
        if (partitioned != null) {
            return partitioned;
        }
        CodeWriter w = new CodeWriter();
        if (p.code.fits() && fitsAsToday(w, p)) {
            return w.toString();
        }
        TodayStart.Site indirect = p.code.start().indirect();
        if (indirect != null && indirect.by().startsWith("started by ")) {
            // Another module's start function starts it: an entry of its own would start a second one.
            StartEntry.comment(w, "No change: it has no children entry of its own; it is " + indirect.by() + ".");
            return w.toString();
        }
        if (indirect != null) {
            StartEntry.comment(w, "Today it is restarted without a supervisor of its own (see above, "
                    + indirect.where() + "); a supervisor entry would take that restart over.");
        }
        List<Child> entries = entries(p);
        if (!p.perEntity() && entries.stream().anyMatch(ChildrenSketch::own) && entries.size() == 1
                && StartEntry.withoutStartLink(w, p)) {
            return w.toString();
        }
        w.open("children = [");
        for (int i = 0; i < entries.size(); i++) {
            String args = entries.get(i).args();
            String tail = i < entries.size() - 1 ? "," : "";
            if (p.newNames.stream().anyMatch(n -> args.endsWith("name: " + n))) {
                w.line("# new: the project has none yet; add it to its application's children");
            } else if (p.partitionReplaces && entries.get(i).head().equals("PartitionSupervisor")) {
                w.line("# in place of today's DynamicSupervisor of this name: callers reach a partition through it");
            }
            if (own(entries.get(i)) && entries.get(i).head().equals(p.module)) {
                // The module's own entry: today's as written, or an argument its start accepts.
                StartEntry.write(w, p, tail);
            } else {
                entries.get(i).write(w, tail);
            }
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
        TodayStart t = p.code.start();
        String today = p.code.appChild() != null ? p.code.appChild() : t.entry() == null ? null : t.entry().text();
        String partition = today == null ? null : StructureFixes.partitionEntry(p);
        if (partition != null) {
            // The Implementation's OTP010 change, shown where it goes: the two sections name the same entry.
            boolean cited = t.entry() != null && t.entry().text().equals(today);
            StartEntry.comment(w, "In place of today's entry " + today + (cited ? " in " + t.entry().by() + " ("
                    + t.entry().where() + ")" : "") + ", as the Implementation's OTP010 change says:");
            w.open("children = [");
            w.keywordTuple("PartitionSupervisor", partition.substring("{PartitionSupervisor, ".length(),
                    partition.length() - 1), "");
            w.close("]");
            w.blank();
            w.line("Supervisor.start_link(children, strategy: :" + p.strategy + ")");
            return true;
        }
        if (today != null) {
            boolean cited = t.entry() != null && t.entry().text().equals(today);
            if (cited) {
                StartEntry.comment(w, "No change: today's entry in " + t.entry().by() + " (" + t.entry().where()
                        + ").");
            } else {
                w.line("# No change: the entry its supervisor lists today.");
            }
            w.open("children = [");
            StartEntry.layout(w, today, "");
            w.close("]");
            w.blank();
            if (cited && t.entry().template()) {
                // the template is no child started at boot: its supervisor starts one per start_child call
                FitsSketch.comment(w, "A template: " + t.entry().by().replaceFirst("'s :simple_one_for_one children$",
                        "") + " starts one per Supervisor.start_child call.");
                w.line("supervise(children, strategy: :simple_one_for_one)");
                return true;
            }
            w.line("Supervisor.start_link(children, strategy: :" + p.strategy + ")");
            return true;
        }
        // today's start_child, whatever supervisor it names (a computed name, the singleton library's): a module that
        // fits is not moved under a supervisor the project lacks
        boolean known = !p.newNames.contains(p.dynamicSupervisor);
        String under = known ? " under " + p.dynamicSupervisor : "";
        if (p.startedDynamically && (known || t.dynamic() != null)) {
            if (t.dynamic() != null && t.dynamic().text() == null) {
                StartEntry.comment(w, "No change: started at runtime" + under + " as today, by " + t.dynamic().by()
                        + " (" + t.dynamic().where() + "; the call is too long to quote here).");
                return true;
            }
            if (t.dynamic() != null) {
                // Today's call as written: its spec is what the module's start takes.
                StartEntry.comment(w, "No change: started at runtime" + under + " as today, by " + t.dynamic().by()
                        + " (" + t.dynamic().where() + "):");
                StartEntry.writeCall(w, t.dynamic().text());
                return true;
            }
            StartEntry.comment(w, "Started at runtime, one per " + p.entityId + ", under " + p.dynamicSupervisor
                    + " as today; no start_child call in the scanned files shows its argument: give it what its start"
                    + " takes.");
            w.call("DynamicSupervisor.start_child", List.of(p.dynamicSupervisor, runtimeChild(p)));
            return true;
        }
        return false;
    }

    /** The module's own entry in a list: {@code {M, []}}, written fitted to its start. */
    private static boolean own(Child c) {
        return c.args().equals("[]") && !c.head().equals("Registry") && !c.head().equals("DynamicSupervisor");
    }

    /**
     * The child one start_child call starts: the keys its start fetches when today's start_link is kept, else the
     * id.
     */
    private static String runtimeChild(SketchPlan p) {
        List<String> keys = p.code.start().requiredKeys();
        if (!keys.isEmpty() && (p.code.fits() || p.keepsCallbacks)) {
            return "{" + p.module + ", " + String.join(", ", keys.stream().map(k -> k + ": " + k).toList()) + "}";
        }
        return "{" + p.module + ", " + p.entityId + "}";
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
            // one that fits keeps how its children are found today: no Registry is added for it
            if (!p.fromSimpleOneForOne && !p.code.fits()) {
                out.add(Child.registry(p));
            }
            out.add(partitioned ? Child.partitionSupervisor(p, p.module) : Child.of(p.module));
        } else if (p.perEntity()) {
            if (p.registryNeeded) {
                out.add(Child.registry(p));
            }
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
        if (p.fromSimpleOneForOne) {
            w.blank();
            w.line("# Its children, started on demand with the arguments today's callers pass:");
            w.line(p.module + ".start_child(args)");
            return;
        }
        if (ds && p.code.fits()) {
            return; // its code and its callers start its children today: no start is made up for them
        }
        String child = ds ? "{" + p.dynamicChild + ", " + p.entityId + "}" : runtimeChild(p);
        w.blank();
        TodayStart.Site today = p.code.start().dynamic();
        if (!ds && p.keepsCallbacks && today != null && today.text() != null && p.addressing != Addressing.PARTITION
                && today.text().contains(p.dynamicSupervisor)) {
            // Its start_link stays: today's call under the same supervisor is the one to keep.
            StartEntry.comment(w, "One child per " + p.entityId + ", started on demand as today by " + today.by()
                    + " (" + today.where() + "):");
            StartEntry.writeCall(w, today.text());
            return;
        }
        boolean byPid = ds && !p.named && p.addressing != Addressing.PARTITION;
        w.line("# One child per " + p.entityId + ", started on demand" + (byPid
                ? " (supervisor: its pid, as the process that starts it holds it; it registers no name):" : ":"));
        if (p.addressing == Addressing.PARTITION) {
            w.call("DynamicSupervisor.start_child", List.of(
                    "{:via, PartitionSupervisor, {" + p.partitionSupervisor + ", " + p.entityId + "}}", child));
        } else {
            String supervisor = byPid ? "supervisor" : ds ? serverOutside(p) : p.dynamicSupervisor;
            w.call("DynamicSupervisor.start_child", List.of(supervisor, child));
        }
    }
}
