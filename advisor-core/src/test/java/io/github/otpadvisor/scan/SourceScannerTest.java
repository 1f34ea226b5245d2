package io.github.otpadvisor.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
