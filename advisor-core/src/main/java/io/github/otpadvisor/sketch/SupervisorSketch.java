package io.github.otpadvisor.sketch;

import java.util.List;

/** Supervisor: a module-based supervisor for a fixed set of children, with its restart strategy. */
final class SupervisorSketch {
    private SupervisorSketch() {
    }

    static String render(SketchPlan p) {
        CodeWriter w = new CodeWriter();
        w.open("defmodule " + p.module + " do");
        w.line("use Supervisor");
        w.blank();
        w.open("def start_link(opts) do");
        w.line("Supervisor.start_link(__MODULE__, opts, name: " + p.startName + ")");
        w.close("end");
        w.blank();
        w.line("@impl true");
        w.open("def init(_opts) do");
        w.open("children = [");
        List<String> children = children(p);
        for (int i = 0; i < children.size(); i++) {
            w.line(children.get(i) + (i < children.size() - 1 ? "," : ""));
        }
        w.close("]");
        w.blank();
        w.line("Supervisor.init(children, strategy: :" + p.ownStrategy + ")");
        w.close("end");
        HandlerQuote.helpersStay(w, KeptFunctions.uses(p, KeptFunctions.write(w, p)));
        return w.close("end").toString();
    }

    /** Its children today, or a placeholder worker of its namespace. */
    static List<String> children(SketchPlan p) {
        return p.children.isEmpty() ? List.of("{" + p.dynamicChild + ", []}") : p.children;
    }
}
