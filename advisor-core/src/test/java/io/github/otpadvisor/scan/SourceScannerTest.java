package io.github.otpadvisor.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceScannerTest {
    @TempDir
    Path root;

    private Path file(String relative) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, ":ok\n");
    }

    private List<String> scan(List<String> includes, List<String> excludes) {
        return SourceScanner.scan(new ScanRequest(List.of(root), includes, excludes)).files().stream()
                .map(SourceFile::relativePath).toList();
    }

    @Test
    void findsElixirFilesOfAPolyglotUmbrellaAndSkipsDependencyAndBuildFolders() throws IOException {
        file("mix.exs");
        file("apps/shop/lib/shop/cart.ex");
        file("apps/shop/test/cart_test.exs");
        file("apps/shop/deps/jason/lib/jason.ex");
        file("_build/dev/lib/x.ex");
        file("deps/plug/lib/plug.ex");
        file("assets/node_modules/phoenix/priv/x.ex");
        file(".elixir_ls/build/y.ex");
        file("cover/z.ex");
        file(".git/hooks/h.ex");
        file("services/java/pom.xml");
        file("services/java/target/generated/g.ex");
        file("services/java/src/Main.java");
        file("lib/target/still_elixir.ex"); // no pom.xml beside it: an Elixir folder named target
        assertEquals(List.of("apps/shop/lib/shop/cart.ex", "apps/shop/test/cart_test.exs", "lib/target/still_elixir.ex",
                "mix.exs"), scan(List.of(), List.of()));
    }

    @Test
    void includeAndExcludeGlobsApplyToThePathBelowTheRoot() throws IOException {
        file("lib/a.ex");
        file("lib/legacy/b.ex");
        file("test/a_test.exs");
        file("c.ex");
        assertEquals(List.of("lib/a.ex", "lib/legacy/b.ex"), scan(List.of("lib/**"), List.of()));
        assertEquals(List.of("c.ex", "lib/a.ex", "test/a_test.exs"), scan(List.of(), List.of("**/legacy/**")));
        assertEquals(List.of("c.ex", "lib/a.ex", "lib/legacy/b.ex"), scan(List.of("**/*.ex"), List.of()));
    }

    @Test
    void symbolicLinksAreFollowedOnlyInsideTheRootAndNeverAroundALoop(@TempDir Path outside) throws IOException {
        file("lib/a.ex");
        Files.writeString(outside.resolve("secret.ex"), ":outside\n");
        Files.createSymbolicLink(root.resolve("lib/out"), outside);
        Files.createSymbolicLink(root.resolve("lib/loop"), root.resolve("lib"));
        Files.createSymbolicLink(root.resolve("lib/alias.ex"), root.resolve("lib/a.ex"));
        ScanResult result = SourceScanner.scan(ScanRequest.of(root));
        assertEquals(List.of("lib/a.ex"), result.files().stream().map(SourceFile::relativePath).toList());
    }

    @Test
    void aFileRootIsScannedAndAMissingRootIsReported() throws IOException {
        Path a = file("lib/a.ex");
        ScanResult result = SourceScanner.scan(ScanRequest.of(a, root.resolve("nope")));
        assertEquals(1, result.files().size());
        assertEquals("a.ex", result.files().get(0).relativePath());
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).path().endsWith("nope"), result.problems().toString());
    }

    @Test
    void testAndScriptFilesAreRecognised() throws IOException {
        file("apps/x/test/x_test.exs");
        file("apps/x/lib/x.ex");
        List<SourceFile> files = SourceScanner.scan(ScanRequest.of(root)).files();
        assertFalse(files.get(0).isTest());
        assertTrue(files.get(0).isUnderLib());
        assertTrue(files.get(1).isTest());
        assertTrue(files.get(1).isScript());
    }

    @Test
    void linksThatFanOutCostOneListingPerRealDirectory() throws IOException {
        int depth = 20; // each d_i/x1 and d_i/x2 lead to d_i+1: 2^20 ways down, 21 directories
        for (int i = 0; i <= depth; i++) {
            file("d_" + i + "/f" + i + ".ex");
        }
        for (int i = 0; i < depth; i++) {
            Files.createSymbolicLink(root.resolve("d_" + i + "/x1"), Path.of("../d_" + (i + 1)));
            Files.createSymbolicLink(root.resolve("d_" + i + "/x2"), Path.of("../d_" + (i + 1)));
        }
        List<DirectoryWalk.Found> found = new ArrayList<>();
        List<ScanProblem> problems = new ArrayList<>();
        DirectoryWalk walk = new DirectoryWalk(root, root.toRealPath(), true, found::add, problems);
        walk.run();
        assertEquals(depth + 2, walk.listed(), "the root and d_0..d_20, once each");
        assertEquals(depth + 1, found.size(), "each file met once: no directory is listed twice");
        assertEquals(List.of(), problems);
        List<String> files = scan(List.of(), List.of());
        assertEquals(depth + 1, files.size());
        assertTrue(files.stream().allMatch(f -> f.matches("d_\\d+/f\\d+\\.ex")), "direct paths win: " + files);
        assertEquals(files, scan(List.of(), List.of()), "the same on every run");
    }

    @Test
    void aDirectoryReachedFirstThroughALinkIsListedUnderItsOwnPath() throws IOException {
        file("a/z/deep/x.ex");
        Files.createSymbolicLink(root.resolve("a/b"), Path.of("z/deep")); // met before a/z in name order
        assertEquals(List.of("a/z/deep/x.ex"), scan(List.of(), List.of()));
    }

    @Test
    void brokenLinksAndSpecialFilesWithElixirNamesAreReportedAndNeverOpened() throws Exception {
        file("lib/ok.ex");
        Files.createSymbolicLink(root.resolve("lib/dangling.ex"), Path.of("nowhere.ex"));
        Files.createSymbolicLink(root.resolve("lib/self.exs"), Path.of("self.exs")); // a link loop
        Files.createSymbolicLink(root.resolve("lib/gone"), Path.of("no-such-dir")); // not Elixir: no word
        Files.createDirectories(root.resolve("lib/folder.ex")); // a folder is walked, not reported
        file("lib/folder.ex/inner.ex");
        Process mkfifo = new ProcessBuilder("mkfifo", root.resolve("lib/pipe.ex").toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        // Reading a FIFO with no writer would block forever: the guard fails the test instead.
        ScanResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> SourceScanner.scan(ScanRequest.of(root)));
        assertEquals(List.of("lib/folder.ex/inner.ex", "lib/ok.ex"),
                result.files().stream().map(SourceFile::relativePath).toList());
        List<String> problems = result.problems().stream()
                .map(p -> root.relativize(Path.of(p.path())) + ": " + p.reason()).sorted().toList();
        assertEquals(3, problems.size(), problems.toString());
        assertEquals("lib/dangling.ex: broken symbolic link: its target does not exist", problems.get(0));
        assertEquals("lib/pipe.ex: not a regular file (a FIFO): not read", problems.get(1));
        assertTrue(problems.get(2).startsWith("lib/self.exs: cannot read: "), problems.get(2));
    }
}
