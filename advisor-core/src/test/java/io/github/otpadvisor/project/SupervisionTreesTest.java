package io.github.otpadvisor.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.project.SupervisionNode.Expansion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Valid code whose supervision graph is pathological: trees are built and walked without recursion,
 * shared supervisors are expanded once, cycles are cut and a tree stops growing at its cap. The
 * timeouts only guard against a hang; the node counts show the work is linear.
 */
class SupervisionTreesTest {
    private static final Duration GUARD = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private SupervisionNode onlyTree(ProjectFacts project) {
        List<SupervisionNode> roots = project.trees().get("");
        assertEquals(1, roots.size(), project.trees().toString());
        return roots.get(0);
    }

    private static int count(SupervisionNode root, Expansion expansion) {
        int[] n = {0};
        root.forEach(node -> n[0] += node.expansion() == expansion ? 1 : 0);
        return n[0];
    }

    @Test
    void aChainOfTwoThousandSupervisorsIsBuiltDrawnAndComparedWithoutRecursion() {
        ProjectFacts project = assertTimeoutPreemptively(GUARD,
                () -> SupervisionSources.link(dir, "chain", SupervisionSources.chain("Chain", 2_000)));
        SupervisionNode root = onlyTree(project);
        assertEquals(2_002, root.size(), "the application, 2,000 supervisors and the worker");
        SupervisionNode n = root;
        for (int i = 0; i < 2_001; i++) {
            n = n.children().get(0);
        }
        assertEquals("Chain.Worker", n.module());

        String text = root.draw();
        List<String> lines = text.lines().toList();
        assertEquals(2_002, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.length() <= 3 * TreeText.MAX_INDENT + 40), "indentation is bounded");
        assertTrue(lines.get(2_001).startsWith("… ") && lines.get(2_001).endsWith("└─ Chain.Worker"), lines.get(2_001));

        SupervisionNode again = onlyTree(ProjectFacts.link(project.files()));
        assertTrue(again != root);
        assertEquals(root, again);
        assertEquals(root.hashCode(), again.hashCode());
        assertTrue(root.toString().length() < 200, root.toString());

        TreePaths.Found found = project.treePaths().to("Chain.Worker", 20, 32);
        assertEquals(1, found.total());
        TreePaths.Path path = found.paths().get(0);
        assertEquals(32, path.nodes().size());
        assertEquals(2_002 - 32, path.skipped());
        assertEquals("Chain.Application", path.nodes().get(0).label());
        assertEquals("Chain.Worker", path.nodes().get(31).label());
    }

    @Test
    void aSupervisorListedTwiceOnEveryLevelIsExpandedOnce() {
        ProjectFacts project = assertTimeoutPreemptively(GUARD,
                () -> SupervisionSources.link(dir, "dag", SupervisionSources.doubled("Dag", 24)));
        SupervisionNode root = onlyTree(project);
        // The application, S0, each of S1..S23 once expanded and once shared, and the worker.
        assertEquals(1 + 1 + 2 * 23 + 1, root.size());
        assertEquals(23, count(root, Expansion.SHARED));
        SupervisionNode s1 = root.children().get(0).children().get(1);
        assertEquals("Dag.S1", s1.module());
        assertEquals(Expansion.SHARED, s1.expansion());
        assertEquals(List.of(), s1.children());
        assertTrue(root.draw().contains("└─ Dag.S1 (one_for_one) [shared]\n"), root.draw());

        // One path to the drawn worker, and one through each shared supervisor above it: 24, not 2^23.
        TreePaths.Found all = project.treePaths().to("Dag.Worker", 100, 32);
        assertEquals(24, all.total());
        assertEquals(24, all.paths().size());
        List<SupervisionNode> viaS1 = all.paths().get(23).nodes();
        assertEquals(List.of("Dag.Application", "Dag.S0", "Dag.S1"), viaS1.stream().map(SupervisionNode::label).toList());
        assertEquals(Expansion.SHARED, viaS1.get(2).expansion());
        TreePaths.Found first = project.treePaths().to("Dag.Worker", 20, 32);
        assertEquals(20, first.paths().size());
        assertEquals(24, first.total());
        assertEquals(all.paths().subList(0, 20), first.paths());
        // A shared supervisor is found where it is expanded and where it is referenced (and below references).
        assertEquals(2, project.treePaths().to("Dag.S1", 100, 32).total());
        assertEquals(24, project.treePaths().to("Dag.S23", 100, 32).total());
    }

    @Test
    void aCycleIsCutWhereItClosesAndTheRestIsDrawn() {
        ProjectFacts project = assertTimeoutPreemptively(GUARD,
                () -> SupervisionSources.link(dir, "cycle", SupervisionSources.cycle("Loop", 50)));
        SupervisionNode root = onlyTree(project);
        assertEquals(1 + 50 + 2, root.size(), "the application, S0..S49, then S0 again and the worker");
        assertEquals(1, count(root, Expansion.CYCLE));
        assertTrue(root.draw().contains("├─ Loop.S0 [cycle]\n"), root.draw());
        assertEquals(1, project.treePaths().to("Loop.Worker", 20, 100).total());
        assertEquals(2, project.treePaths().to("Loop.S0", 20, 100).total());
    }

    @Test
    void aTreeStopsGrowingAtItsCapAndSaysSo() {
        ProjectFacts project = assertTimeoutPreemptively(GUARD,
                () -> SupervisionSources.link(dir, "wide", SupervisionSources.wide("Wide", 3, 4_000)));
        SupervisionNode root = onlyTree(project);
        assertTrue(root.size() <= SupervisionNode.MAX_TREE_NODES, "size " + root.size());
        assertEquals(List.of(Expansion.EXPANDED, Expansion.EXPANDED, Expansion.CUT),
                root.children().stream().map(SupervisionNode::expansion).toList());
        assertEquals(1 + 3 + 2 * 4_000, root.size());
        String text = root.draw();
        assertTrue(text.contains("└─ Wide.S2 (one_for_one) [cut]\n"));
        assertTrue(text.endsWith(SupervisionNode.CUT_NOTE + "\n"), text.substring(text.length() - 200));
        assertEquals(0, project.treePaths().to("Wide.W2_0", 20, 32).total(), "not drawn, so in no path");
    }
}
