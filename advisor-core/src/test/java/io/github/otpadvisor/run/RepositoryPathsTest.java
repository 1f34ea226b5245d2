package io.github.otpadvisor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.rules.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output paths relative to the repository root, test code told by the path below the scanned root, and
 * fingerprints that survive moving the source roots and copies of a line in other functions.
 */
class RepositoryPathsTest {
    private static final String WORKER_A = """
            defmodule Shop.Worker do
              def a(x) do
                Task.start(fn -> loop(x) end)
              end

              defp loop(x) do
                receive do
                  _ -> loop(x)
                end
              end
            end
            """;

    @TempDir
    Path repo;

    private List<Finding> findings(RunRequest.Builder request) throws Exception {
        return AnalysisRun.run(RunPlan.validate(request.build())).result().findings();
    }

    @Test
    void pathsAreRelativeToTheFolderHoldingGit() throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Projects.redFlag(repo.resolve("elixir"));
        Path module = repo.resolve("elixir");
        List<Finding> fromModule = findings(RunRequest.builder(module));
        assertEquals("elixir/lib/shop/price_cache.ex", fromModule.get(0).file());
        List<Finding> narrowed = findings(RunRequest.builder(module).sourceRoots(List.of(Path.of("lib/shop"))));
        assertEquals(fromModule, narrowed, "same file, path and fingerprint whatever the source root");
        List<Finding> own = findings(RunRequest.builder(module).repositoryRoot(Path.of(".")));
        assertEquals("lib/shop/price_cache.ex", own.get(0).file(), "repositoryRoot overrides, relative to basedir");
    }

    @Test
    void aFileOutsideTheRepositoryRootKeepsItsPathBelowItsRoot() throws Exception {
        Path elsewhere = Projects.redFlag(repo.resolve("elsewhere"));
        Files.createDirectories(repo.resolve("checkout"));
        List<Finding> found = findings(RunRequest.builder(repo.resolve("checkout"))
                .sourceRoots(List.of(elsewhere)).repositoryRoot(repo.resolve("checkout")));
        assertEquals("lib/shop/price_cache.ex", found.get(0).file());
    }

    @Test
    void aTestFolderAboveTheRootDoesNotMakeItTestCode() throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Projects.redFlag(repo.resolve("test/fixtures/shop"));
        List<Finding> found = findings(RunRequest.builder(repo.resolve("test/fixtures/shop")));
        assertEquals(List.of("test/fixtures/shop/lib/shop/price_cache.ex"), found.stream().map(Finding::file).toList());
    }

    @Test
    void testCodeIsProductionCodeOnlyWhenAskedFor() throws Exception {
        Projects.write(repo, "test/support/shop/price_cache.ex", Projects.PRICE_CACHE);
        Projects.write(repo, "lib/shop/application.ex", Projects.APPLICATION);
        assertEquals(List.of(), findings(RunRequest.builder(repo)));
        RunOutcome included = AnalysisRun.run(RunPlan.validate(RunRequest.builder(repo).includeTests(true).build()));
        assertEquals(List.of("test/support/shop/price_cache.ex"),
                included.result().findings().stream().map(Finding::file).toList());
        assertTrue(included.result().modules().stream().anyMatch(m -> m.name().equals("Shop.PriceCache")));
    }

    @Test
    void aCopyOfTheFlaggedLineInAnotherFunctionLeavesTheFingerprintAlone() throws Exception {
        Projects.write(repo, "lib/shop/worker.ex", WORKER_A);
        Finding before = findings(RunRequest.builder(repo)).get(0);
        Projects.write(repo, "lib/shop/worker.ex", WORKER_A.replace("  def a(x) do", """
                  def z(x) do
                    Task.start(fn -> loop(x) end)
                  end

                  def a(x) do"""));
        List<Finding> after = findings(RunRequest.builder(repo));
        assertEquals(2, after.size());
        assertEquals(before.fingerprint(), after.get(1).fingerprint(), "a/1's finding keeps its identity");
        assertTrue(!after.get(0).fingerprint().equals(before.fingerprint()));
        assertTrue(before.fingerprint().startsWith("v2:"), before.fingerprint());
    }

    @Test
    void aBaselineOfAnOlderVersionSaysToRecordItAgain() throws Exception {
        Projects.redFlag(repo);
        Files.writeString(repo.resolve("otp-advisor-baseline.json"), """
                {"schemaVersion": 1, "tool": "otp-advisor", "findings": [
                  {"fingerprint": "v1:0123456789abcdef0123456789abcdef", "rule": "OTP004"}]}
                """);
        RunOutcome outcome = AnalysisRun.run(RunPlan.validate(RunRequest.builder(repo).defaultBaseline(true).build()));
        assertEquals(1, outcome.result().findings().size());
        assertEquals(1, outcome.baseline().outdated());
        assertTrue(outcome.baseline().outdatedWarning().contains("record the baseline again"),
                outcome.baseline().outdatedWarning());
    }
}
