package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the fourteenth stop (issue 11): ElixirTorrent's Acceptor.BlackList casts and calls the peer id as the
 * message itself and keeps a MapSet; the Agent rewrite kept MapSet.new() but wrote Map.put/Map.get, so member?/1
 * answered nil where the handshake code matches false. The handlers' own expressions are moved instead.
 */
class UntaggedMessagesTest {
    @TempDir
    Path root;

    @Test
    void anAgentRewriteMovesTheHandlersOfUntaggedMessages() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/black_list.ex", """
                defmodule Shop.BlackList do
                  use GenServer, start: {GenServer, :start_link, [__MODULE__, nil, [name: __MODULE__]]}

                  def put(peer_id), do: GenServer.cast(__MODULE__, peer_id)
                  def member?(peer_id), do: GenServer.call(__MODULE__, peer_id)

                  def init(_), do: {:ok, MapSet.new()}

                  def handle_call(peer_id, _, state),
                    do: {:reply, MapSet.member?(state, peer_id), state}

                  def handle_cast(peer_id, state),
                    do: {:noreply, MapSet.put(state, peer_id)}
                end
                """);
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    Supervisor.start_link([Shop.BlackList], strategy: :one_for_one, name: Shop.Supervisor)
                  end
                end
                """);
        AnalysisResult r = ShopProject.analyze(root, files);
        String impl = ElixirSketches.implementation(ShopProject.input(r, "Shop.BlackList"));
        assertFalse(impl.contains("Map.put(&1"), impl);
        assertFalse(impl.contains("Map.get(&1"), impl);
        assertTrue(impl.contains("MapSet.put(state, peer_id)"), impl);
        assertTrue(impl.contains("MapSet.member?(state, peer_id)"), impl);
        assertFalse(impl.contains("Today it also handles"), impl);
    }

    @Test
    void aParameterEveryClauseMatchesAsAnAtomGetsThatAtom() throws IOException {
        // tymeslot's HealthCheck: get_health_status(type, id) sends {:get_health_status, type, id}, and its clauses
        // take :calendar and :video there; the test passed "type-1", which no clause matches
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/health.ex", """
                defmodule Shop.Health do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  def get_status(type, id), do: GenServer.call(__MODULE__, {:get_status, type, id})
                  def init(:ok) do
                    Process.send_after(self(), :check, 60_000)
                    {:ok, %{calendar: %{}, video: %{}}}
                  end
                  def handle_info(:check, state) do
                    Process.send_after(self(), :check, 60_000)
                    {:noreply, %{state | calendar: Map.put(state.calendar, :checked, true)}}
                  end
                  def handle_call({:get_status, :calendar, id}, _from, state), do: {:reply, state.calendar[id], state}
                  def handle_call({:get_status, :video, id}, _from, state), do: {:reply, state.video[id], state}
                end
                """);
        String t = ShopProject.testSketch(ShopProject.analyze(root, files), "Shop.Health");
        assertTrue(t.contains("Health.get_status(:calendar, "), t);
        assertFalse(t.contains("\"type-1\""), t);
    }

    @Test
    void anAgentCallWithATimeoutIsMovedToo() throws IOException {
        // elixir-webrtc's ChatHistory: Agent.get(__MODULE__, fn history -> .. end, 1000) made the whole GenServer
        // rewrite fall back to a map template that lost its queue (read cold at the fourteenth stop, rated 1)
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/history.ex", """
                defmodule Shop.History do
                  use Agent
                  @max 100
                  def start_link(_) do
                    :timer.apply_interval(60_000, __MODULE__, :clear, [])
                    Agent.start_link(fn -> %{size: 0, queue: :queue.new()} end, name: __MODULE__)
                  end
                  def put(msg) do
                    Agent.cast(__MODULE__, fn history ->
                      queue = :queue.in(msg, history.queue)
                      if history.size == @max do
                        {_, queue} = :queue.out(history.queue)
                        %{history | queue: queue}
                      else
                        %{history | size: history.size + 1, queue: queue}
                      end
                    end)
                  end
                  def get do
                    Agent.get(__MODULE__, fn history -> :queue.to_list(history.queue) end, 1000)
                  end
                  def clear do
                    Agent.update(__MODULE__, fn _ -> %{size: 0, queue: :queue.new()} end)
                  end
                end
                """);
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    Supervisor.start_link([Shop.History], strategy: :one_for_one, name: Shop.Supervisor)
                  end
                end
                """);
        AnalysisResult r = ShopProject.analyze(root, files);
        String impl = ElixirSketches.implementation(ShopProject.input(r, "Shop.History"));
        assertTrue(impl.contains("use GenServer"), impl);
        assertTrue(impl.contains("GenServer.call(__MODULE__, :get, 1000)"), impl);
        assertTrue(impl.contains(":queue.to_list(history.queue)"), impl);
        assertFalse(impl.contains("Map.put(state"), impl);
        assertTrue(Messages.parses(impl), impl);
    }
}
