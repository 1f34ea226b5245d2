package io.github.otpadvisor.project;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library's supervisor that only its test helper starts (beacon's test_helper.exs) is not a static child of the
 * application: the host application lists it, and no scanned file shows that tree.
 */
class TestHelperTreeTest {
    @TempDir
    Path root;

    @Test
    void aTestHelpersChildrenListIsNoProductionTree() throws IOException {
        Files.createDirectories(root.resolve("lib"));
        Files.createDirectories(root.resolve("test"));
        Files.writeString(root.resolve("mix.exs"), """
                defmodule Lib.MixProject do
                  use Mix.Project
                  def project, do: [app: :lib, version: "0.1.0"]
                end
                """);
        Files.writeString(root.resolve("lib/lib.ex"), """
                defmodule Lib do
                  use Supervisor
                  def start_link(opts), do: Supervisor.start_link(__MODULE__, opts, name: __MODULE__)
                  @impl true
                  def init(opts), do: Supervisor.init([{Registry, keys: :unique, name: Lib.Registry}], strategy: :one_for_one)
                end
                """);
        Files.writeString(root.resolve("test/test_helper.exs"), """
                Supervisor.start_link([{Lib, sites: []}], strategy: :one_for_one)
                ExUnit.start()
                """);
        AnalysisResult r = new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root));
        // a process module the analysis assessed, so the status below is about it and not a missing module
        assertTrue(r.assessments().of("Lib").isPresent(), r.modules().toString());
        Supervision s = r.project().supervision("Lib");
        assertNotEquals(Supervision.Status.STATIC, s.status(), s.why());
    }
}
