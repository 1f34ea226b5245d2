package io.github.otpadvisor.report.model;

import io.github.otpadvisor.assess.FactsToAnswers;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.project.SupervisionNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The "Supervision Tree" section: where a module sits today, who else starts it, what to change. */
final class Placements {
    private Placements() {
    }

    static SupervisionView of(ProcessModule m, ProjectFacts project, FactsToAnswers.ModuleDecision d,
                              String childrenEntry) {
        List<List<String>> paths = new ArrayList<>();
        for (List<SupervisionNode> roots : project.trees().values()) {
            for (SupervisionNode root : roots) {
                paths.addAll(pathsTo(root, m.name()));
            }
        }
        List<String> startedBy = new ArrayList<>();
        for (StartSite s : m.startSites()) {
            if (!s.inOwnStartLink()) {
                startedBy.add(where(s) + s.call() + in(s));
            }
        }
        for (StartSite s : m.dynamicStarts()) {
            startedBy.add(where(s) + s.call() + in(s));
        }
        return new SupervisionView(paths, startedBy, childrenEntry,
                note(d.decision().processNeeded(), childrenEntry != null, !paths.isEmpty(), !startedBy.isEmpty()));
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

    /** Every root-to-node path whose last node is the module, as labels (iterative: trees can be deep). */
    static List<List<String>> pathsTo(SupervisionNode root, String module) {
        List<List<String>> out = new ArrayList<>();
        Deque<List<SupervisionNode>> todo = new ArrayDeque<>();
        todo.push(List.of(root));
        while (!todo.isEmpty()) {
            List<SupervisionNode> path = todo.pop();
            SupervisionNode last = path.get(path.size() - 1);
            if (module.equals(last.module()) && path.size() > 1) {
                out.add(path.stream().map(SupervisionNode::label).toList());
            }
            List<SupervisionNode> kids = last.children();
            for (int i = kids.size() - 1; i >= 0; i--) {
                List<SupervisionNode> next = new ArrayList<>(path);
                next.add(kids.get(i));
                todo.push(next);
            }
        }
        return out;
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
