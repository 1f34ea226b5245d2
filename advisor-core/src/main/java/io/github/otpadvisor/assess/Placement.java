package io.github.otpadvisor.assess;

import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.SupervisionNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where a process module sits today: every root-to-module path of the supervision trees (labels), and
 * the calls outside any children list that start it (its own {@code start_link} called by a child spec
 * does not count; {@code DynamicSupervisor.start_child} does).
 */
public record Placement(List<List<String>> treePaths, List<StartSite> startedElsewhere) {
    public Placement {
        treePaths = treePaths.stream().map(List::copyOf).toList();
        startedElsewhere = List.copyOf(startedElsewhere);
    }

    public boolean inTree() {
        return !treePaths.isEmpty();
    }

    static Placement of(ProcessModule m, ProjectFacts project) {
        List<List<String>> paths = new ArrayList<>();
        for (List<SupervisionNode> roots : project.trees().values()) {
            for (SupervisionNode root : roots) {
                paths.addAll(pathsTo(root, m.name()));
            }
        }
        List<StartSite> started = new ArrayList<>();
        for (StartSite s : m.startSites()) {
            if (!s.inOwnStartLink()) {
                started.add(s);
            }
        }
        started.addAll(m.dynamicStarts());
        return new Placement(paths, started);
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
}
