package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.ModuleSummary;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.project.Supervision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the seventh stop (issue 11): archethic's UTXO.Loader runs as the 20 partitions of
 * {@code {PartitionSupervisor, child_spec: Loader, ..}}, each call routed by address, so one address's read-then-rewrite
 * runs alone. The report said nothing starts it and told it to become plain functions, losing that per-key lock.
 */
class PartitionedWorkerTest {
    @TempDir
    Path root;

    @Test
    void aPartitionSupervisorsChildModuleIsPartitionedAndKeepsItsProcess() throws IOException {
        AnalysisResult r = ShopProject.analyze(root, Map.of("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application

                  def start(_type, _args) do
                    children = [{PartitionSupervisor, child_spec: Shop.Loader, name: Shop.LoaderSupervisor, partitions: 20}]
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                end
                """, "lib/shop/loader.ex", """
                defmodule Shop.Loader do
                  use GenServer

                  def start_link(arg \\\\ []), do: GenServer.start_link(__MODULE__, arg)

                  def consume(address, inputs) do
                    address |> via_tuple() |> GenServer.call({:consume, address, inputs})
                  end

                  defp via_tuple(address), do: {:via, PartitionSupervisor, {Shop.LoaderSupervisor, address}}

                  @impl true
                  def init(_), do: {:ok, %{}}

                  @impl true
                  def handle_call({:consume, address, inputs}, _from, state) do
                    outputs = Shop.Store.read(address) -- inputs
                    Shop.Store.write(address, outputs)
                    {:reply, :ok, state}
                  end
                end
                """));
        ModuleSummary loader = r.modules().stream().filter(m -> m.name().equals("Shop.Loader")).findFirst().orElseThrow();
        assertEquals(Supervision.Status.STATIC, loader.supervision().status(), loader.supervision().toString());
        assertEquals(Placement.PARTITION_SUPERVISOR, loader.placementToday());
        assertEquals(Placement.PARTITION_SUPERVISOR, loader.placementRecommended());
        assertEquals(Pattern.GENSERVER, loader.recommendation());
        assertEquals(Verdict.FITS, loader.verdict());
        assertTrue(r.findings().stream().noneMatch(f -> "Shop.Loader".equals(f.module()) && f.ruleId().equals("OTP001")),
                r.findings().toString());
    }
}
