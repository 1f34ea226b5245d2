package io.github.otpadvisor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.scan.ScanRequest;
import io.github.otpadvisor.scan.SourceFile;
import io.github.otpadvisor.scan.SourceScanner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a request reads: roots against the base directory, globs, folders left to others. */
class SourceRootsTest {
    @TempDir
    Path dir;
    Path base;

    @BeforeEach
    void layout() throws IOException {
        base = dir.resolve("repo");
        for (String f : List.of("apps/shop/lib/a.ex", "billing/lib/b.ex", "catalog/lib/c.ex", "we[ir]d*/lib/d.ex",
                "../sibling/lib/e.ex")) {
            Projects.write(base, f, "defmodule X do\nend\n");
        }
    }

    @Test
    void theDefaultRootIsTheBaseDirectory() throws Exception {
        ScanRequest scan = SourceRoots.scan(RunRequest.builder(base).build());
        assertEquals(List.of(base), scan.roots());
        assertEquals(List.of("apps/shop/lib/a.ex", "billing/lib/b.ex", "catalog/lib/c.ex", "we[ir]d*/lib/d.ex"),
                files(scan));
    }

    @Test
    void excludedDirectoriesBelowARootBecomeLiteralGlobs() throws Exception {
        ScanRequest scan = SourceRoots.scan(RunRequest.builder(base).excludes(List.of("**/legacy/**"))
                .excludedDirectories(List.of(Path.of("billing"), base.resolve("catalog"), Path.of("we[ir]d*"),
                        Path.of("../sibling"), Path.of(".")))
                .build());
        assertEquals(List.of("**/legacy/**"), scan.excludes());
        assertEquals(List.of("billing/**", "catalog/**", "we[[]ir]d[*]/**"), scan.leftToOthers());
        assertEquals(List.of("apps/shop/lib/a.ex"), files(scan));
    }

    @Test
    void rootsAreResolvedAgainstTheBaseDirectoryAndMustExist() throws Exception {
        ScanRequest scan = SourceRoots.scan(RunRequest.builder(base)
                .sourceRoots(List.of(Path.of("apps"), base.resolve("billing"))).includes(List.of("**/lib/**"))
                .excludedDirectories(List.of(Path.of("apps/shop"))).build());
        assertEquals(List.of(base.resolve("apps"), base.resolve("billing")), scan.roots());
        assertEquals(List.of("shop/**"), scan.leftToOthers());
        assertEquals(List.of("lib/b.ex"), files(scan));

        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> SourceRoots.scan(RunRequest.builder(base).sourceRoots(List.of(Path.of("nope"))).build()));
        assertEquals("sourceRoots: " + base.resolve("nope") + " does not exist", e.message(Spelling.PARAMETER));
        assertEquals("PATH: " + base.resolve("nope") + " does not exist", e.message(Spelling.OPTION));
    }

    @Test
    void theCurrentDirectoryStaysARootThatCanBeWalked() {
        assertEquals(Path.of("."), SourceRoots.resolve(Path.of(""), Path.of(".")));
        assertEquals(Path.of("lib"), SourceRoots.resolve(Path.of(""), Path.of("./lib/../lib")));
    }

    @Test
    void aBadGlobIsAConfigurationErrorNotACrash() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> SourceRoots.scan(RunRequest.builder(base).excludes(List.of("lib/[ab")).build()));
        assertEquals(Setting.EXCLUDES, e.setting());
        assertTrue(e.message(Spelling.OPTION).startsWith("--exclude: 'lib/[ab' is not a valid glob: Missing "),
                e::getMessage);
        assertTrue(e.message(Spelling.OPTION).endsWith(" at index 6"), e::getMessage);
    }

    private static List<String> files(ScanRequest scan) {
        return SourceScanner.scan(scan).files().stream().map(SourceFile::relativePath).toList();
    }
}
