package io.github.otpadvisor.sketch;

import io.github.otpadvisor.sketch.TodayStart.StartArity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A module that needs no process but defines how it is started, while no start of it is seen in the scanned files
 * (spawn's NativeLookupAdapter, chosen from configuration into Statestores.Supervisor's children; sanbase2's
 * rate-limiting TestServer, whose child_spec a defdelegate picked by compile_env calls): removing start_link would
 * make whatever starts it fail at boot. The sketch keeps a start_link that starts nothing ({@code :ignore}, which a
 * supervisor takes as "no process") and the child_spec that calls it, so the change is safe before the start is
 * found (issue 11: "a change is a transformation of the module's code", nothing it needs dropped silently).
 */
final class StartShim {
    private StartShim() {
    }

    /** Today's start is not seen, and the module defines one: start_link, or a child_spec of its own. */
    static boolean needed(SketchPlan p) {
        TodayStart t = p.code.start();
        boolean unseen = t.spec() == null && t.entry() == null && t.dynamic() == null && t.call() == null
                && t.indirect() == null;
        // ONE and ZERO are read from its own start_link or child_spec/1 (NONE: it defines neither)
        return unseen && (t.arity() == StartArity.ONE || t.arity() == StartArity.ZERO);
    }

    /** The kept start: its child_spec (when `use` gave it) and a start_link per arity today's takes, each :ignore. */
    static void write(CodeWriter w, SketchPlan p) {
        w.blank();
        FitsSketch.comment(w, "Kept, starting nothing: no children list, start_child call or start site in the"
                + " scanned files starts it, yet it defines how it is started. Whatever starts it where this analysis"
                + " cannot see (a child chosen from configuration, a list built at run time) gets :ignore, which a"
                + " supervisor takes as no process, and goes on. Remove start_link and child_spec with that entry"
                + " once it is found.");
        List<Integer> arities = new ArrayList<>(p.code.tests().startArities());
        arities.sort(null);
        if (!p.code.childSpec()) {
            // `use GenServer` gave the child_spec/1 a children entry calls; it goes with the `use`
            boolean one = arities.contains(1) || arities.isEmpty();
            w.line("def child_spec(" + (one ? "arg" : "_arg") + "), do: %{id: __MODULE__, start: {__MODULE__,"
                    + " :start_link, [" + (one ? "arg" : "") + "]}}");
        }
        for (int n : arities.isEmpty() ? List.of(1) : arities) {
            String params = IntStream.range(0, n).mapToObj(i -> n == 1 ? "_arg" : "_arg" + (i + 1))
                    .collect(Collectors.joining(", "));
            w.line("def start_link" + (n == 0 ? "" : "(" + params + ")") + ", do: :ignore");
        }
    }
}
