package io.github.otpadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.otpadvisor.run.AnalysisRun;
import io.github.otpadvisor.run.RunPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reactor's modules: their folders, and an aggregator that leaves them to the modules. */
class ProjectDirsTest {
    @TempDir
    Path base;

    @BeforeEach
    void layout() throws IOException {
        for (String f : List.of("apps/shop/lib/a.ex", "billing/lib/b.ex", "catalog/lib/c.ex")) {
            Path p = base.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "defmodule X do\nend\n");
        }
        Files.writeString(base.resolve("catalog/pom-catalog.xml"), "<project/>");
    }

    @Test
    void aModuleIsAFolderOrThePomInIt() {
        assertEquals(List.of(base.resolve("billing"), base.resolve("catalog"), base.getParent().resolve("sibling")),
                ProjectDirs.moduleDirectories(base, List.of("billing", "catalog/pom-catalog.xml", "../sibling")));
        assertEquals(List.of(), ProjectDirs.moduleDirectories(base, null));
    }

    @Test
    void anAggregatorLeavesItsModulesFoldersToTheModulesUnlessAsked() throws Exception {
        MavenProject project = new MavenProject();
        project.getModel().setModules(List.of("billing", "catalog/pom-catalog.xml"));
        assertEquals(1, filesAnalyzed(project, true));
        assertEquals(3, filesAnalyzed(project, false));
    }

    private int filesAnalyzed(MavenProject project, boolean excludeModuleDirectories) throws Exception {
        return AnalysisRun.analyze(RunPlan.validate(AnalysisParameters.request(base, null, null, null, null, project,
                excludeModuleDirectories, "test").build())).filesAnalyzed();
    }
}
