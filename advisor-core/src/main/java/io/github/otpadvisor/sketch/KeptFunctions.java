package io.github.otpadvisor.sketch;

import io.github.otpadvisor.facts.ApiFunction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Today's public functions that read or write shared memory directly (ETS, {@code :atomics}, {@code :counters},
 * {@code :persistent_term}) and message no process: whatever the module becomes, they stay as written, in the
 * caller (RULEBOOK §5: reads that bypass the process stay in the callers). Never a call to the process in their
 * place, never dropped: one whose code is not known as written is named in a comment.
 */
final class KeptFunctions {
    private KeptFunctions() {
    }

    /** The bypass functions as written, under a comment that says why; returns the code written (for its helpers). */
    static String write(CodeWriter w, SketchPlan p) {
        List<ApiFunction> bypass = p.code.bypass();
        if (bypass.isEmpty()) {
            return "";
        }
        List<String> named = new ArrayList<>();
        StringBuilder written = new StringBuilder();
        boolean first = true;
        for (ApiFunction f : bypass) {
            if (!f.written()) {
                named.add(f.key());
                continue;
            }
            w.blank();
            if (first) {
                FitsSketch.comment(w, "Kept as written: " + why(bypass) + ".");
                first = false;
            }
            for (int i = 0; i < f.clauses().size(); i++) {
                ApiFunction.Clause c = f.clauses().get(i);
                if (i > 0) {
                    w.blank();
                }
                clause(w, c);
                written.append(c.head()).append('\n').append(c.body() == null ? "" : c.body()).append('\n');
            }
        }
        if (!named.isEmpty()) {
            w.blank();
            FitsSketch.comment(w, "Unchanged: " + String.join(", ", named) + " (" + why(bypass)
                    + "; too long to quote).");
        }
        return written.toString();
    }

    /** What the kept code uses of the module: its private helpers and attributes, which stay as they are. */
    static Set<String> uses(SketchPlan p, String written) {
        Set<String> out = new LinkedHashSet<>(HandlerQuote.helpers(p.code, written));
        // Only the ETS sketch sets a @table of its own: elsewhere today's stays, for the kept code to read.
        if (p.shape != SketchPlan.Shape.ETS && HandlerQuote.ATTRIBUTE.matcher(written).results()
                .anyMatch(m -> m.group(1).equals("table"))) {
            out.add("@table");
        }
        return out;
    }

    /** A clause as written: its head, its body, laid out as a do-block. */
    static void clause(CodeWriter w, ApiFunction.Clause c) {
        if (c.body() == null) {
            w.line(c.head()); // a head that declares defaults
            return;
        }
        String[] head = MovedBody.dedent(c.head()).split("\n", -1);
        for (int i = 0; i < head.length - 1; i++) {
            w.line(head[i]);
        }
        w.open(head[head.length - 1] + " do");
        MovedBody.write(w, c.body());
        w.close("end");
    }

    /** The reason in words: where the functions read and write, which never goes through the process. */
    private static String why(List<ApiFunction> bypass) {
        boolean reads = bypass.stream().anyMatch(ApiFunction::reads);
        boolean writes = bypass.stream().anyMatch(ApiFunction::writes);
        String what = reads && writes ? "reads and writes" : reads ? "reads" : "writes";
        return what + " go straight to " + memory(bypass) + ", not through the process";
    }

    /** {@code the table}, {@code the atomics}..., from the code; {@code shared memory} when it does not say. */
    private static String memory(List<ApiFunction> bypass) {
        Set<String> kinds = new LinkedHashSet<>();
        for (ApiFunction f : bypass) {
            for (ApiFunction.Clause c : f.clauses()) {
                String code = c.body() == null ? "" : c.body();
                if (code.contains(":ets.")) {
                    kinds.add("the table");
                }
                if (code.contains(":atomics.")) {
                    kinds.add(":atomics");
                }
                if (code.contains(":counters.")) {
                    kinds.add(":counters");
                }
                if (code.contains(":persistent_term.")) {
                    kinds.add(":persistent_term");
                }
            }
        }
        return kinds.isEmpty() ? "shared memory" : String.join(" and ", kinds);
    }

    /** Whether the operation is one of today's bypass functions: the sketch keeps it as written. */
    static boolean kept(SketchPlan p, SketchPlan.Op op) {
        return p.bypassKeys.contains(op.name() + "/" + op.arity());
    }
}
