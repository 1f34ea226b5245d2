package io.github.otpadvisor.report.model;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.facts.StartSite;
import java.util.ArrayList;
import java.util.List;

/** The "Supervision Tree" section: where a module sits today, who else starts it, what to change. */
final class Placements {
    private Placements() {
    }

    static SupervisionView of(Assessment a, String childrenEntry) {
        List<List<String>> paths = a.placement().treePaths();
        List<String> startedBy = new ArrayList<>();
        for (StartSite s : a.placement().startedElsewhere()) {
            startedBy.add(where(s) + s.call() + in(s));
        }
        return new SupervisionView(paths, a.placement().treePathsLeftOut(), startedBy, childrenEntry,
                note(a.decision().processNeeded(), childrenEntry != null, !paths.isEmpty(), !startedBy.isEmpty()));
    }

    /** {@code owner}: no process of its own is needed, but something must sit in the tree (an ETS table's owner). */
    static String note(boolean processNeeded, boolean owner, boolean placed, boolean startedElsewhere) {
        if (!processNeeded && owner) {
            return "Reads and writes need no process of their own; only the table's owner sits in the tree, with the "
                    + "entry below.";
        }
        if (!processNeeded) {
            return placed || startedElsewhere
                    ? "No process is needed: remove it from the places above and call its functions directly."
                    : "No process is needed: call its functions directly.";
        }
        if (!placed && !startedElsewhere) {
            return "It sits in no supervision tree the analysis found: add the entry below to its application's "
                    + "children.";
        }
        if (!placed) {
            return "It is started outside any supervision tree the analysis found: start it from a supervisor "
                    + "with the entry below.";
        }
        return null;
    }

    private static String where(StartSite s) {
        return s.location() == null ? "" : s.location().file() + ":" + s.location().line() + ": ";
    }

    private static String in(StartSite s) {
        if (s.module() == null) {
            return "";
        }
        return " in " + s.module() + (s.function() == null ? "" : "." + s.function());
    }
}
