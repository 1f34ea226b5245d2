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
 * Read cold at the seventh stop (issue 11): meadow's Heartbeat is started per chat message through its own start/3
 * (GenServer.start) and stopped with GenServer.stop. The report said both "started by the chat resolver" and
 * "nothing in the scanned files starts it", and its DynamicSupervisor advice left the default :permanent, under
 * which the normal stop would be restarted.
 */
class StartedThroughOwnApiTest {
    @TempDir
    Path root;

    @Test
    void theCallerOfItsOwnStartFunctionIsWhereItIsStarted() throws IOException {
        AnalysisResult r = ShopProject.analyze(root, Map.of("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application

                  def start(_type, _args), do: Supervisor.start_link([], strategy: :one_for_one)
                end
                """, "lib/shop/heartbeat.ex", """
                defmodule Shop.Heartbeat do
                  use GenServer

                  def start(message, interval \\\\ 5_000) do
                    GenServer.start(__MODULE__, %{message: message, interval: interval})
                  end

                  def stop(pid) do
                    state = GenServer.call(pid, :get_state)
                    IO.puts("stopping #{state.message}")
                    GenServer.stop(pid)
                  end

                  @impl true
                  def init(state) do
                    Process.send_after(self(), :beat, state.interval)
                    {:ok, state}
                  end

                  @impl true
                  def handle_call(:get_state, _from, state), do: {:reply, state, state}

                  @impl true
                  def handle_info(:beat, state) do
                    Process.send_after(self(), :beat, state.interval)
                    {:noreply, state}
                  end
                end
                """, "lib/shop/chat.ex", """
                defmodule Shop.Chat do
                  def send_message(message) do
                    {:ok, pid} = Shop.Heartbeat.start(message)
                    Shop.Heartbeat.stop(pid)
                  end
                end
                """));
        var a = r.assessments().all().stream().filter(x -> x.name().equals("Shop.Heartbeat")).findFirst().orElseThrow();
        String why = a.decision().rationale();
        assertTrue(why.contains("is started by Shop.Heartbeat.start/1 called from Shop.Chat.send_message/1 (lib/shop/chat.ex:3)"),
                why);
        assertFalse(why.contains("does not show what starts it"), why);
        String entry = ElixirSketches.childrenEntry(ShopProject.input(r, "Shop.Heartbeat"));
        assertTrue(entry.replaceAll("\\n#\\s*", " ").contains("stop/1 ends it on purpose, with a normal exit"), entry);
        assertTrue(entry.contains("restart:"), entry);
    }
}
