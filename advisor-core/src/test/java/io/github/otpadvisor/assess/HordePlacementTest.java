package io.github.otpadvisor.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A singleton started through Horde.DynamicSupervisor runs once for the whole cluster: recommending a static child
 * (one per node) would break the cluster-wide name its callers use (astarte's RPC servers).
 */
class HordePlacementTest {
    @TempDir
    Path root;

    @Test
    void aClusterSingletonStartedThroughHordeKeepsItsPlacement() throws IOException {
        Files.createDirectories(root.resolve("lib"));
        Files.writeString(root.resolve("lib/app.ex"), """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    children = [
                      {Horde.Registry, keys: :unique, name: Shop.Cluster},
                      {Horde.DynamicSupervisor, strategy: :one_for_one, name: Shop.ClusterSup},
                      Shop.Starter
                    ]
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                end
                """);
        Files.writeString(root.resolve("lib/starter.ex"), """
                defmodule Shop.Starter do
                  use Task
                  def start_link(_), do: Task.start_link(fn -> Horde.DynamicSupervisor.start_child(Shop.ClusterSup, Shop.Rpc) end)
                end
                """);
        Files.writeString(root.resolve("lib/rpc.ex"), """
                defmodule Shop.Rpc do
                  use GenServer
                  def start_link(args) do
                    GenServer.start_link(__MODULE__, args, name: {:via, Horde.Registry, {Shop.Cluster, :rpc}})
                  end
                  def ping, do: GenServer.call({:via, Horde.Registry, {Shop.Cluster, :rpc}}, :ping)
                  def init(_) do
                    Process.send_after(self(), :tick, 1_000)
                    {:ok, %{pings: 0}}
                  end
                  def handle_call(:ping, _from, state), do: {:reply, :pong, %{state | pings: state.pings + 1}}
                  def handle_info(:tick, state) do
                    Process.send_after(self(), :tick, 1_000)
                    {:noreply, %{state | pings: 0}}
                  end
                end
                """);
        AnalysisResult r = new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root));
        Assessment a = r.assessments().of("Shop.Rpc").orElseThrow();
        assertEquals(Placement.DYNAMIC_SUPERVISOR_REGISTRY, a.decision().placement(), a.decision().rationale());
        assertEquals(Verdict.FITS, a.verdict(), a.decision().rationale());
        assertTrue(a.decision().rationale().contains("a static child would start one on every node"),
                a.decision().rationale());
    }
}
