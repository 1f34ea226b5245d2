package io.github.otpadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.scan.SourceFile;
import io.github.otpadvisor.scan.SourceScanner;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisRequestTest {
    @TempDir
    Path dir;
    Path base;

    @BeforeEach
    void layout() throws IOException {
        base = dir.resolve("repo");
        for (String f : List.of("apps/shop/lib/a.ex", "billing/lib/b.ex", "catalog/lib/c.ex", "catalog/pom-catalog.xml",
                "we[ir]d*/lib/d.ex", "../sibling/lib/e.ex")) {
            Path p = base.resolve(f).normalize();
            Files.createDirectories(p.getParent());
            Files.writeString(p, "defmodule X do\nend\n");
        }
    }

    @Test
    void theDefaultRootIsTheBaseDirectory() throws Exception {
        AnalysisRequest r = AnalysisRequest.of(null, base, null, null, null, true, null);
        assertEquals(List.of(base), r.scan().roots());
        assertEquals(List.of("apps/shop/lib/a.ex", "billing/lib/b.ex", "catalog/lib/c.ex", "we[ir]d*/lib/d.ex"),
                files(r));
    }

    @Test
    void anAggregatorLeavesItsModulesFoldersToTheModules() throws Exception {
        List<String> modules = List.of("billing", "catalog/pom-catalog.xml", "we[ir]d*", "../sibling");
        AnalysisRequest r =
                AnalysisRequest.of(List.of(), base, List.of(), List.of("**/legacy/**"), modules, true, null);
        assertEquals(List.of("**/legacy/**", "billing/**", "catalog/**", "we[[]ir]d[*]/**"), r.scan().excludes());
        assertEquals(List.of("apps/shop/lib/a.ex"), files(r));
    }

    @Test
    void modulesAreAnalyzedAgainWhenAsked() throws Exception {
        AnalysisRequest r = AnalysisRequest.of(null, base, null, null, List.of("billing"), false, null);
        assertTrue(files(r).contains("billing/lib/b.ex"));
    }

    @Test
    void configuredRootsAreResolvedAgainstTheBaseDirectoryAndMustExist() throws Exception {
        AnalysisRequest r = AnalysisRequest.of(List.of(new File("apps"), base.resolve("billing").toFile()), base,
                List.of("**/lib/**"), null, List.of("apps/shop"), true, null);
        assertEquals(List.of(base.resolve("apps"), base.resolve("billing")), r.scan().roots());
        assertEquals(List.of("shop/**"), r.scan().excludes());
        assertEquals(List.of("lib/b.ex"), files(r));

        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> AnalysisRequest.of(List.of(new File("nope")), base, null, null, null, true, null));
        assertEquals("sourceRoots: " + base.resolve("nope") + " does not exist", e.getMessage());
    }

    @Test
    void ruleSeveritiesAreValidatedHere() {
        assertThrows(MojoExecutionException.class,
                () -> AnalysisRequest.of(null, base, null, null, null, true, Map.of("OTP000", "off")));
    }

    @Test
    void hasSourcesIsAWalkOnly() throws Exception {
        assertTrue(AnalysisRequest.of(null, base, null, null, null, true, null).hasSources());
        assertFalse(AnalysisRequest.of(null, base, List.of("*.exs"), null, null, true, null).hasSources());
    }

    private static List<String> files(AnalysisRequest r) {
        return SourceScanner.scan(r.scan()).files().stream().map(SourceFile::relativePath).toList();
    }
}
