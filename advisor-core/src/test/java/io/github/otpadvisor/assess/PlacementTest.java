package io.github.otpadvisor.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.SupervisionSources;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tree paths as the report lists them: bounded in number and length, shared subtrees named. */
class PlacementTest {
    @TempDir
    Path dir;

    private Placement placement(ProjectFacts project, String module) {
        return Assessor.assess(project).of(module).orElseThrow().placement();
    }

    @Test
    void aPathThroughASharedSupervisorEndsWithItAndTheModule() {
        ProjectFacts project = SupervisionSources.link(dir, "dag", SupervisionSources.doubled("Dag", 24));
        Placement p = placement(project, "Dag.Worker");
        assertEquals(Placement.MAX_PATHS, p.treePaths().size());
        assertEquals(24 - Placement.MAX_PATHS, p.treePathsLeftOut());
        assertEquals("Dag.Worker", last(p.treePaths().get(0)));
        List<String> viaShared = p.treePaths().get(1);
        assertEquals(List.of("Dag.S23 [shared]", "… Dag.Worker"), viaShared.subList(viaShared.size() - 2, viaShared.size()));
        assertTrue(p.inTree());
    }

    @Test
    void aDeepPathKeepsItsRootAndItsLastLevels() {
        ProjectFacts project = SupervisionSources.link(dir, "chain", SupervisionSources.chain("Chain", 100));
        List<String> path = placement(project, "Chain.Worker").treePaths().get(0);
        assertEquals(Placement.MAX_PATH_NODES + 1, path.size());
        assertEquals("Chain.Application", path.get(0));
        assertEquals("… " + (102 - Placement.MAX_PATH_NODES) + " levels …", path.get(1));
        assertEquals("Chain.S70", path.get(2), "S0..S69 left out");
        assertEquals("Chain.Worker", last(path));
        assertEquals(List.of("Chain.Application", "Chain.S0", "Chain.S1"), placement(project, "Chain.S1").treePaths().get(0));
    }

    private static String last(List<String> path) {
        return path.get(path.size() - 1);
    }
}
