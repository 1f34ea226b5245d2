package io.github.otpadvisor.assess;

import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.SupervisionNode;
import io.github.otpadvisor.project.TreePaths;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a process module sits today: root-to-module paths of the supervision trees (labels), and the
 * calls outside any children list that start it (its own {@code start_link} called by a child spec does
 * not count; {@code DynamicSupervisor.start_child} does).
 *
 * <p>Paths are those of the drawing ({@link TreePaths}): a path may end at a supervisor drawn as
 * {@code [shared]}, followed by {@code "… Module"}: it goes on as where that supervisor is expanded. At
 * most {@link #MAX_PATHS} are kept ({@code treePathsLeftOut} counts the rest), and a path deeper than
 * {@link #MAX_PATH_NODES} keeps its root and its last levels.
 *
 * @param treePathsLeftOut how many further paths there are beyond {@code treePaths}
 */
public record Placement(List<List<String>> treePaths, int treePathsLeftOut, List<StartSite> startedElsewhere) {
    static final int MAX_PATHS = 20;
    static final int MAX_PATH_NODES = 32;

    public Placement {
        treePaths = treePaths.stream().map(List::copyOf).toList();
        startedElsewhere = List.copyOf(startedElsewhere);
    }

    public boolean inTree() {
        return !treePaths.isEmpty();
    }

    static Placement of(ProcessModule m, ProjectFacts project) {
        TreePaths.Found found = project.treePaths().to(m.name(), m.app(), MAX_PATHS, MAX_PATH_NODES);
        // the same entry reached twice is one place (blockscout's start/2 in each branch of a compile-time if reads
        // the same helper); entries of their own, at other lines, each count (sensocto's five data servers)
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<List<String>> paths = new ArrayList<>();
        for (TreePaths.Path p : found.paths()) {
            List<String> labels = labels(p, m.name());
            if (seen.add(labels + "@" + p.nodes().get(p.nodes().size() - 1).location())) {
                paths.add(labels);
            }
        }
        List<StartSite> started = new ArrayList<>();
        for (StartSite s : m.startSites()) {
            if (!s.inOwnStartLink()) {
                started.add(s);
            }
        }
        m.dynamicStarts().stream().filter(s -> !project.unstarted(s)).forEach(started::add);
        return new Placement(paths, found.total() - found.paths().size(), started);
    }

    /** A path as labels: "… n levels …" after the root where levels are left out; "… Module" after a shared end. */
    static List<String> labels(TreePaths.Path path, String module) {
        List<SupervisionNode> nodes = path.nodes();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            out.add(nodes.get(i).label());
            if (i == 0 && path.skipped() > 0) {
                out.add("… " + path.skipped() + " levels …");
            }
        }
        SupervisionNode last = nodes.get(nodes.size() - 1);
        if (last.expansion() == SupervisionNode.Expansion.SHARED) {
            out.set(out.size() - 1, last.label() + " [shared]");
            if (!module.equals(last.module())) {
                out.add("… " + module);
            }
        }
        return out;
    }
}
