package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * elixir-webrtc's Broadcaster.ChatHistory: an Agent whose start_link arms {@code :timer.apply_interval(ms,
 * __MODULE__, :clear, [])} in its caller, the supervisor, so each restart adds a timer (OTP006). A reader rated the
 * GenServer rewrite 2: "it keeps that same apply_interval in start_link and adds no handle_info". Now init arms a
 * send_interval in the process and a handle_info does what clear/0's call did.
 */
class AgentTimerMoveTest {
    @TempDir
    Path root;

    @Test
    void theTimerStartLinkArmedMovesIntoInitWithItsHandleInfo() throws IOException {
        AnalysisResult r = ShopProject.analyze(root, Map.of("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args), do: Supervisor.start_link([Shop.History], strategy: :one_for_one)
                end
                """, "lib/shop/history.ex", """
                defmodule Shop.History do
                  use Agent

                  @interval 60_000

                  def start_link(_) do
                    :timer.apply_interval(@interval, __MODULE__, :clear, [])
                    Agent.start_link(fn -> %{size: 0, items: []} end, name: __MODULE__)
                  end

                  def put(item) do
                    Agent.cast(__MODULE__, fn h -> %{h | size: h.size + 1, items: [item | h.items]} end)
                  end

                  def get, do: Agent.get(__MODULE__, fn h -> h.items end)

                  def clear do
                    Agent.update(__MODULE__, fn _ -> %{size: 0, items: []} end)
                  end
                end
                """));
        String sketch = ElixirSketches.implementation(ShopProject.input(r, "Shop.History"));
        assertTrue(sketch.contains("use GenServer"), sketch);
        assertFalse(sketch.contains(":timer.apply_interval("), sketch);
        assertTrue(sketch.contains("  def init(_arg) do\n    :timer.send_interval(@interval, :clear)\n"
                + "    {:ok, %{size: 0, items: []}}\n  end"), sketch);
        assertTrue(sketch.contains("  @impl true\n  def handle_info(:clear, _) do\n"
                + "    {:noreply, %{size: 0, items: []}}\n  end"), sketch);
        assertTrue(Messages.parses(sketch), sketch);
    }
}
