package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sensocto's PredictiveLoadBalancer: record_attention/2 adds to attention_history, get_patterns/1 replies from
 * hourly_patterns. A test that puts then asserts the get returns the value put "would fail" (a reader of the fresh
 * batch): a put and a get are paired only when the get's clause reads a field the put's clause sets.
 */
class WriteReadPairTest {
    @TempDir
    Path root;

    @Test
    void aGetThatReadsAnotherFieldIsNotAssertedToReturnWhatWasPut() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args), do: Supervisor.start_link([Shop.Balancer], strategy: :one_for_one)
                end
                """);
        files.put("lib/shop/balancer.ex", """
                defmodule Shop.Balancer do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
                  def record_attention(sensor_id, level), do: GenServer.cast(__MODULE__, {:record, sensor_id, level})
                  def get_patterns(sensor_id), do: GenServer.call(__MODULE__, {:get_patterns, sensor_id})
                  @impl true
                  def init(_opts) do
                    Process.send_after(self(), :analyze, 60_000)
                    {:ok, %{history: [], patterns: %{}}}
                  end
                  @impl true
                  def handle_cast({:record, sensor_id, level}, state) do
                    {:noreply, %{state | history: [{sensor_id, level} | state.history]}}
                  end
                  @impl true
                  def handle_call({:get_patterns, sensor_id}, _from, state) do
                    hourly = Map.get(state.patterns, sensor_id, %{})
                    {:reply, %{hourly: hourly}, state}
                  end
                  @impl true
                  def handle_info(:analyze, state) do
                    Process.send_after(self(), :analyze, 60_000)
                    {:noreply, %{state | patterns: Enum.group_by(state.history, &elem(&1, 0))}}
                  end
                end
                """);
        String t = ShopProject.pages(root, files).get("Shop.Balancer").testSketch();
        assertTrue(Messages.parses(t), t);
        assertFalse(t.contains("Balancer.get_patterns(\"sensor-1\") == "), t);
        assertTrue(t.contains("assert %{hourly: _} = Balancer.get_patterns("), t);
    }
}
