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
 * Read cold at the seventh stop (issue 11): wocky's push Sandbox, rewritten to another abstraction. Its push/1 records
 * through record_notification/2 and sends a message to self(); its wait_notifications/1 lists through
 * list_notifications/1. Both reach the process only through operations the sketch rewrites, so they stay as they
 * are; the sketch had called them "still to move" and blamed a private helper that reads configuration.
 */
class ThroughRewrittenTest {
    @TempDir
    Path root;

    @Test
    void aFunctionReachingTheProcessOnlyThroughRewrittenOperationsStaysAsItIs() throws IOException {
        AnalysisResult r = ShopProject.analyze(root, Map.of("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application

                  def start(_type, _args) do
                    Supervisor.start_link([{Shop.Sandbox, []}], strategy: :one_for_one)
                  end
                end
                """, "lib/shop/sandbox.ex", """
                defmodule Shop.Sandbox do
                  use GenServer

                  def push(notification) do
                    record_notification(notification, self())
                    if reflect?(), do: send(self(), notification)
                    :ok
                  end

                  def record_notification(notification, pid) do
                    GenServer.call(__MODULE__, {:record_notification, notification, pid})
                  end

                  def wait_notifications(opts \\\\ []) do
                    case list_notifications(opts) do
                      [] -> Process.sleep(10)
                      notifications -> notifications
                    end
                  end

                  def list_notifications(opts \\\\ []) do
                    pid = opts[:pid] || self()
                    GenServer.call(__MODULE__, {:list_notifications, pid})
                  end

                  def start_link(args \\\\ []), do: GenServer.start_link(__MODULE__, args, name: __MODULE__)

                  @impl true
                  def init(_), do: {:ok, %{}}

                  @impl true
                  def handle_call({:record_notification, n, pid}, _from, state) do
                    {:reply, :ok, Map.put(state, pid, [n | Map.get(state, pid, [])])}
                  end

                  def handle_call({:list_notifications, pid}, _from, state) do
                    {:reply, Map.get(state, pid, []), state}
                  end

                  defp reflect?, do: Application.get_env(:shop, :reflect, false)
                end
                """));
        String sketch = ElixirSketches.implementation(ShopProject.input(r, "Shop.Sandbox"));
        assertFalse(sketch.contains("Still to move"), sketch);
        assertFalse(sketch.contains("through defp reflect?/0"), sketch);
        assertTrue(sketch.replaceAll("\\n\\s*# ", " ").contains("Unchanged: push/1, wait_notifications/1"), sketch);
    }
}
