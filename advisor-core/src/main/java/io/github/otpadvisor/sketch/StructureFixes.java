package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.TodayCode.Fix;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The before/after of findings about how a fitting module is declared and started rather than about one call:
 * two {@code use} lines (OTP017), a DynamicSupervisor to partition (OTP010), a module nothing starts (OTP015).
 * Each writes the module's own lines as the finding names them and returns false when the finding does not name
 * them (the caller then gives the advice in words).
 */
final class StructureFixes {
    /** OTP017: {@code use Task in Shop.Jobs comes after use DynamicSupervisor (line 6)}. */
    private static final Pattern TWO_USES = Pattern.compile(
            "^use ([A-Z][A-Za-z0-9_.]*) in [A-Za-z0-9_.]+ comes after use ([A-Z][A-Za-z0-9_.]*) \\(line (\\d+)\\)");
    /** OTP010: the PartitionSupervisor entry and the name through which children are started. */
    private static final Pattern PARTITION_ENTRY = Pattern.compile(
            "list (\\{PartitionSupervisor, child_spec: [A-Za-z0-9_.]+, name: [A-Za-z0-9_.]+\\})"
                    + "(?: in the children of ([A-Za-z0-9_.]+) \\(([^)]+)\\))?");
    private static final Pattern VIA = Pattern.compile(
            "start_child\\((\\{:via, PartitionSupervisor, \\{[A-Za-z0-9_.]+, ([a-z_][A-Za-z0-9_]*)\\}\\})");
    private static final Pattern START_CHILD = Pattern.compile("^DynamicSupervisor\\.start_child\\(([^,()]+), (.+)\\)$");
    /** The {@code name:} option of a one-line {@code DynamicSupervisor.start_link(..)}, wherever it sits among them. */
    private static final Pattern FIXED_NAME = Pattern.compile(", name: [A-Za-z0-9_.]+(?=, [a-z_]+: |\\)$)");

    private StructureFixes() {
    }

    /**
     * OTP017 when the module is the process of the earlier {@code use}: the later one only replaced its child_spec/1,
     * so the change is deleting the later line.
     */
    static boolean twoUses(CodeWriter w, SketchPlan p, Fix f) {
        Matcher m = TWO_USES.matcher(f.advice() == null ? "" : f.advice());
        String fitsAs = p.code.fitsAs() == null ? "" : p.code.fitsAs();
        if (!m.find() || !(fitsAs.equals(m.group(2)) || fitsAs.startsWith(m.group(2) + ","))) {
            return false;
        }
        int later = line(f.where());
        int earlier = Integer.parseInt(m.group(3));
        w.line("# before (lines " + earlier + " and " + later + ")");
        w.line("use " + m.group(2));
        if (later != earlier + 1) {
            w.line("# ...");
        }
        w.line("use " + m.group(1));
        FitsSketch.comment(w, "after: use " + m.group(1) + " gave it nothing but a child_spec/1 that replaced "
                + m.group(2) + "'s; deleted, supervisors start it as the " + m.group(2) + " it is");
        w.line("use " + m.group(2));
        return true;
    }

    /**
     * OTP018: its use line, then the same with {@code restart: :transient} (an end it makes itself is final, a crash
     * is still restarted); false when it has a restart option already.
     */
    static boolean transientRestart(CodeWriter w, SketchPlan p) {
        if (p.code.useOptions().containsKey("restart")) {
            return false;
        }
        w.line("# before");
        w.line(CarryOver.useLine(p, "GenServer", null));
        FitsSketch.comment(w, "after: restarted after a crash only; an end it makes itself ({:stop, :normal, ..}) is"
                + " final");
        w.line(CarryOver.useLine(p, "GenServer", ":transient"));
        return true;
    }

    /** {@code GenServer.start_link(__MODULE__, arg)}: a start that passes no options, its argument a variable. */
    private static final Pattern UNNAMED_START = Pattern.compile(
            "(?s)GenServer\\.start_link\\(\\s*__MODULE__,\\s*([a-z_][A-Za-z0-9_]*)\\s*\\)");

    /**
     * OTP011's second shape (a child started per id without a name registers in init/1 and ignores the result):
     * today's start_link, then the same start registering the key init/1 registers, with its value
     * ({@code {:via, Registry, {registry, key, value}}}, Elixir 1.11), and the init/1 line it replaces. False when the
     * start passes options or init/1's argument is not a plain variable.
     */
    static boolean registerAtStart(CodeWriter w, SketchPlan p, Fix f) {
        TodayCode.Init start = p.code.startLink();
        TodayCode.Init init = p.code.init();
        String before = init == null || init.body() == null ? null : init.body().lines().map(String::strip)
                .filter(l -> l.startsWith("Registry.register(") && l.endsWith(")")).findFirst().orElse(null);
        List<String> reg = before == null ? null : TodayAssertions.topLevel(before.strip(), "Registry.register(", ")");
        Matcher m = start == null || start.body() == null ? null : UNNAMED_START.matcher(start.body().strip());
        String param = init == null ? null : init.param();
        if (reg == null || reg.size() != 3 || m == null || !m.matches() || param == null
                || !TodayAssertions.variable(param.strip()) || start.param() == null) {
            return false;
        }
        String arg = m.group(1);
        java.util.function.UnaryOperator<String> moved = x -> x.strip().replaceAll(
                "(?<![\\w:.@])" + Pattern.quote(param.strip()) + "(?![\\w?!:])", arg);
        String head = "def start_link(" + start.param().strip() + ") do";
        w.line("# before");
        w.open(head);
        w.line(start.body().strip().replaceAll("\\s*\\n\\s*", " ").replace("( ", "(").replace(" )", ")"));
        w.close("end");
        w.blank();
        FitsSketch.comment(w, "after: the start registers the key init/1 registers today, with its value; a second"
                + " start of the same id returns {:error, {:already_started, pid}}");
        w.open(head);
        w.line("GenServer.start_link(__MODULE__, " + arg + ",");
        w.line("  name: {:via, Registry, {" + reg.get(0).strip() + ", " + moved.apply(reg.get(1)) + ", "
                + moved.apply(reg.get(2)) + "}}");
        w.line(")");
        w.close("end");
        w.blank();
        FitsSketch.comment(w, "and in init/1, drop: " + before.strip());
        return true;
    }

    /**
     * The PartitionSupervisor entry that {@link #partition} writes in the Implementation for one of the module's
     * OTP010 findings, or null when none is written: the Supervision Tree shows the same entry, not today's.
     */
    static String partitionEntry(SketchPlan p) {
        for (Fix f : p.code.findings()) {
            if ("OTP010".equals(f.ruleId()) && partitionWritten(f, FitsSketch.code(f.before()))) {
                Matcher entry = PARTITION_ENTRY.matcher(f.advice());
                return entry.find() ? entry.group(1) : null;
            }
        }
        return null;
    }

    private static boolean partitionWritten(Fix f, String before) {
        String advice = f.advice() == null ? "" : f.advice();
        Matcher entry = PARTITION_ENTRY.matcher(advice);
        Matcher via = VIA.matcher(advice);
        Matcher call = START_CHILD.matcher(before == null ? "" : before);
        return entry.find() && via.find() && call.matches() && MovedBody.uses(call.group(2), via.group(2))
                && Messages.parses(entry.group(1));
    }

    /**
     * OTP010: the children entry becomes a PartitionSupervisor of the module, its start_link loses the fixed name
     * (each partition starts one), and its start_child goes to a partition by key.
     */
    static boolean partition(CodeWriter w, SketchPlan p, Fix f, String before) {
        String advice = f.advice() == null ? "" : f.advice();
        Matcher entry = PARTITION_ENTRY.matcher(advice);
        Matcher via = VIA.matcher(advice);
        Matcher call = START_CHILD.matcher(before == null ? "" : before);
        if (!entry.find() || !via.find() || !call.matches() || !MovedBody.uses(call.group(2), via.group(2))
                || !Messages.parses(entry.group(1))) {
            return false;
        }
        String today = p.code.appChild();
        FitsSketch.comment(w, "before: " + (entry.group(2) == null ? "in its supervisor's children"
                : "in the children of " + entry.group(2) + " (" + entry.group(3) + ")"));
        w.line(today != null ? today : p.module);
        w.line("# after: one DynamicSupervisor per scheduler, each child in the partition of its key");
        String spec = entry.group(1);
        w.keywordTuple("PartitionSupervisor", spec.substring("{PartitionSupervisor, ".length(), spec.length() - 1), "");
        if (!w.fits(spec)) {
            w.blank(); // mix format sets apart an expression that spans lines
        }
        String startLink = p.code.startLink() == null ? null : p.code.startLink().body().strip();
        boolean oneLine = startLink != null && !startLink.contains("\n")
                && startLink.startsWith("DynamicSupervisor.start_link(");
        Matcher fixed = FIXED_NAME.matcher(oneLine ? startLink : "");
        if (fixed.find()) {
            w.line("# before: start_link");
            w.line(startLink);
            w.line("# after: without the fixed name, which only one partition could take");
            w.line(startLink.substring(0, fixed.start()) + startLink.substring(fixed.end()));
        } else {
            w.line("# and its start_link starts it without a fixed name: each partition starts one");
        }
        w.line("# before");
        w.line(before);
        w.line("# after");
        w.call("DynamicSupervisor.start_child", List.of(via.group(1), call.group(2)));
        FitsSketch.comment(w, "Other calls that name it as one process (which_children, terminate_child, count_children)"
                + " go to PartitionSupervisor.which_children/1 and the partitions it lists.");
        return true;
    }

    /** OTP015: the entry that starts it, in its application's children. */
    static boolean unstarted(CodeWriter w, SketchPlan p, Fix f) {
        if (f.advice() == null || !f.advice().contains("list it in a supervisor's children")) {
            return false;
        }
        w.line("# before: no children list, start_child call or start call starts it");
        w.line("# after: in the children of the supervisor where its work belongs, or the module deleted");
        w.open("children = [");
        // fitted to its start_link as the Supervision Tree's entry is: {M, []} would call a start_link/1 that a
        // start_link/2 module does not have (domolixir's AutoNetworkConnector)
        StartEntry.write(w, p, "");
        w.close("]");
        return true;
    }

    private static int line(String where) {
        try {
            return Integer.parseInt(where.substring(where.lastIndexOf(':') + 1));
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
