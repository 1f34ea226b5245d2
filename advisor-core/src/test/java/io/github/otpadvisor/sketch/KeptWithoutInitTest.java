package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the thirteenth stop (issue 11): evercam's ArchiveCreator defines no init/1, and the sketch that keeps
 * its callbacks said "today's init/1, unchanged (it has several clauses or is too long to quote)".
 */
class KeptWithoutInitTest {
    @TempDir
    Path root;

    @Test
    void aModuleWithoutInitIsNotSaidToHaveOne() throws IOException {
        AnalysisResult r = ShopProject.analyze(root, Map.of("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args), do: Supervisor.start_link([Shop.Archiver], strategy: :one_for_one)
                end
                """, "lib/shop/archiver.ex", """
                defmodule Shop.Archiver do
                  use GenServer

                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: :archiver)

                  def handle_cast({:archive, id}, state) do
                    Shop.Store.archive(id)
                    {:noreply, state}
                  end
                end
                """));
        var a = r.assessments().of("Shop.Archiver").orElseThrow();
        SketchInput in = SketchInput.of(a.withDecision(new Decision(true, Pattern.GENSERVER,
                Placement.PARTITION_SUPERVISOR, null, "test")), r.project());
        String s = ElixirSketches.implementation(in);
        assertFalse(s.contains("today's init/1, unchanged"), s);
        assertTrue(s.contains("# no init/1 of its own today: none is added"), s);
    }
}
