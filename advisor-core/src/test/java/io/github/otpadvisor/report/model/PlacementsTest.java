package io.github.otpadvisor.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Supervision Tree section's sentences agree with where the module is started today. */
class PlacementsTest {
    @TempDir
    Path root;

    @Test
    void aModuleStartedUnderADynamicSupervisorIsNotAlsoOutsideAnyTree() throws IOException {
        // smartcitiesdata's Valkyrie.DatasetSupervisor: started by its own ensure_started/1 under a DynamicSupervisor
        // that the application's tree does not show; its tests start it too.
        Files.writeString(root.resolve("mix.exs"), "defmodule Shop.MixProject do\n  use Mix.Project\n"
                + "  def project, do: [app: :shop]\nend\n");
        Files.createDirectories(root.resolve("lib"));
        Files.createDirectories(root.resolve("test"));
        Files.writeString(root.resolve("lib/dataset.ex"), """
                defmodule Shop.Dataset do
                  use GenServer

                  def ensure_started(opts), do: DynamicSupervisor.start_child(Shop.Dynamic, {Shop.Dataset, opts})
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
                  def get(pid), do: GenServer.call(pid, :get)

                  @impl true
                  def init(opts), do: {:ok, opts}

                  @impl true
                  def handle_call(:get, _from, state), do: {:reply, state, state}
                end
                """);
        Files.writeString(root.resolve("test/dataset_test.exs"), """
                defmodule Shop.DatasetTest do
                  use ExUnit.Case
                  test "starts" do
                    {:ok, _} = DynamicSupervisor.start_child(Shop.Dynamic, {Shop.Dataset, []})
                  end
                end
                """);
        AnalysisResult r = new Analyzer(AnalysisOptions.defaults())
                .analyze(new ScanRequest(List.of(root), List.of(), List.of()));
        Assessment a = r.assessments().all().stream().filter(x -> x.name().equals("Shop.Dataset")).findFirst()
                .orElseThrow();
        SupervisionView v = Placements.of(a, "{Shop.Dataset, []}", false, null);
        assertTrue(v.today().startsWith("Today it is started at runtime under Shop.Dynamic"), v.today());
        assertTrue(v.note() == null || !v.note().contains("outside any supervision tree"), v.note());
        assertEquals(List.of(), v.startedBy(), "no test start, and not today's own start again");
        assertFalse(String.valueOf(v.note()).contains("add the entry below"), v.note());
    }

    @Test
    void aStartFoundBesideAnUnresolvedTreeIsNotSaidToBeFoundNowhere() throws IOException {
        // elixir's ExUnit.OnExitHandler.Supervisor: started by fetch_test_supervisor/0 while a children list of its
        // application is built at run time; "nothing in the scanned files shows where it is started" contradicted
        // the sentence above it (a reader)
        Files.writeString(root.resolve("mix.exs"), "defmodule Shop.MixProject do\n  use Mix.Project\n"
                + "  def project, do: [app: :shop]\n  def application, do: [mod: {Shop.Application, []}]\nend\n");
        Files.createDirectories(root.resolve("lib"));
        Files.writeString(root.resolve("lib/app.ex"), """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    children = for i <- 1..pool_size(), do: Supervisor.child_spec({Shop.Worker, i}, id: i)
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                  defp pool_size, do: 4
                end
                defmodule Shop.Worker do
                  use Agent
                  def start_link(i), do: Agent.start_link(fn -> i end)
                end
                defmodule Shop.Sup do
                  use Supervisor
                  def start_link(children), do: Supervisor.start_link(__MODULE__, children)
                  def init(children), do: Supervisor.init(children, strategy: :one_for_one)
                end
                defmodule Shop.Tests do
                  def fetch_supervisor do
                    {:ok, sup} = Shop.Sup.start_link([])
                    sup
                  end
                end
                """);
        AnalysisResult r = new Analyzer(AnalysisOptions.defaults())
                .analyze(new ScanRequest(List.of(root), List.of(), List.of()));
        Assessment a = r.assessments().all().stream().filter(x -> x.name().equals("Shop.Sup")).findFirst()
                .orElseThrow();
        SupervisionView v = Placements.of(a, "{Shop.Sup, []}", false, null);
        assertTrue(v.today().contains("started by Shop.Sup.start_link called from Shop.Tests.fetch_supervisor/0"),
                v.today());
        assertFalse(v.note().contains("Nothing in the scanned files shows where it is started"), v.note());
        assertTrue(v.note().startsWith("Today's start (above) is outside any supervisor"), v.note());
    }
}
