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
 * Read cold at the seventh stop (issue 11): erlef's WildApricot.Cache registers no name but its init/1 creates a
 * named ETS table, and the application starts it in tests too; the test sketch started a second one, which fails
 * on the table. The owner of the table is the running process.
 */
class NamedTableTestSketchTest {
    @TempDir
    Path root;

    @Test
    void theOwnerOfTheNamedTableIsTheRunningOne() throws IOException {
        AnalysisResult r = ShopProject.analyze(root, Map.of("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application

                  def start(_type, _args) do
                    Supervisor.start_link([Shop.TokenCache], strategy: :one_for_one)
                  end
                end
                """, "lib/shop/token_cache.ex", """
                defmodule Shop.TokenCache do
                  use GenServer

                  def start_link(_opts), do: GenServer.start_link(__MODULE__, 60_000)

                  def get(key) do
                    case :ets.lookup(__MODULE__, key) do
                      [{^key, value}] -> {:ok, value}
                      [] -> :error
                    end
                  end

                  @impl true
                  def init(interval) do
                    _tid = :ets.new(__MODULE__, [:set, :named_table, :protected, read_concurrency: true])
                    Process.send_after(self(), :refresh, interval)
                    {:ok, interval}
                  end

                  @impl true
                  def handle_info(:refresh, interval) do
                    :ets.insert(__MODULE__, {:token, System.system_time()})
                    Process.send_after(self(), :refresh, interval)
                    {:noreply, interval}
                  end
                end
                """));
        String test = ShopProject.testSketch(r, "Shop.TokenCache");
        assertTrue(test.contains("pid = :ets.info(TokenCache, :owner)"), test);
        assertTrue(test.contains("if pid == :undefined, do: start_supervised!("), test);
        assertFalse(test.contains("Process.whereis(TokenCache)"), test);
        assertTrue(Messages.parses(test), test);
    }
}
