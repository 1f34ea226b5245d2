package io.github.otpadvisor.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GenServer with simple state is an Agent candidate, unless other modules call its process directly with
 * GenServer.call on a pid (exq's adapter and its enqueuer): an Agent would not answer.
 */
class DirectCallersTest {
    @TempDir
    Path root;

    @Test
    void aProcessOtherModulesCallDirectlyStaysAGenServer() throws IOException {
        Files.createDirectories(root.resolve("lib"));
        Files.writeString(root.resolve("lib/counters.ex"), """
                defmodule Shop.Counter do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, 0)
                  def init(n), do: {:ok, n}
                  def handle_call(:next_number, _from, n), do: {:reply, n, n + 1}
                end
                defmodule Shop.Numbers do
                  def next(pid), do: GenServer.call(pid, :next_number)
                end
                defmodule Shop.OtherCounter do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, 100)
                  def init(n), do: {:ok, n}
                  # takes the same message: Shop.Numbers may be handed either pid (exq's enqueuer and manager)
                  def handle_call(:next_number, _from, n) do
                    Process.send_after(self(), :tick, 1_000)
                    {:reply, n, n + 1}
                  end
                  def handle_info(:tick, n), do: {:noreply, n}
                end
                defmodule Shop.Peer do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, %{})
                  def init(s), do: {:ok, s}
                  # takes :bump_tally itself and calls it on a pid: its own kind, not a direct caller of Shop.Tally
                  def bump(pid), do: GenServer.call(pid, :bump_tally)
                  def handle_call(:bump_tally, _from, s) do
                    Process.send_after(self(), :tick, 10)
                    {:reply, :ok, s}
                  end
                  def handle_info(:tick, s), do: {:noreply, s}
                end
                defmodule Shop.Tally do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, 0)
                  def bump(pid), do: GenServer.call(pid, :bump_tally)
                  def init(n), do: {:ok, n}
                  def handle_call(:bump_tally, _from, n), do: {:reply, n, n + 1}
                end
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    Supervisor.start_link([Shop.Counter, Shop.Tally, Shop.OtherCounter, Shop.Peer], strategy: :one_for_one)
                  end
                end
                """);
        AnalysisResult r = new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root));
        Assessment tally = r.assessments().of("Shop.Tally").orElseThrow();
        assertEquals(Pattern.AGENT, tally.decision().abstraction(), "the control case: " + tally.decision());
        Assessment counter = r.assessments().of("Shop.Counter").orElseThrow();
        assertEquals(Pattern.GENSERVER, counter.decision().abstraction(), counter.decision().rationale());
        assertTrue(counter.decision().rationale().contains("But Shop.Numbers.next/1 calls its process directly"),
                counter.decision().rationale());
    }
}
