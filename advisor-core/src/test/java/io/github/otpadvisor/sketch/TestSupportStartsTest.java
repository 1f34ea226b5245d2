package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the thirteenth stop (issue 11): gamend's test_helper.exs has its test support start Gamend.Cache.Sync,
 * AdminLogBuffer and PluginManager under their names for every test; the test sketches started them again and got
 * {@code already_started}. What a test support module a test_helper names starts is taken as running.
 */
class TestSupportStartsTest {
    @TempDir
    Path root;

    @Test
    void aServerTheTestSetupStartsIsTakenRunning() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/sync.ex", """
                defmodule Shop.Sync do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                  def init(_), do: {:ok, %{seen: 0}}
                  def seen, do: GenServer.call(__MODULE__, :seen)
                  def handle_call(:seen, _from, state), do: {:reply, state.seen, state}
                end
                """);
        files.put("test/support/runtime.ex", """
                defmodule Shop.TestSupport.Runtime do
                  def ensure_started do
                    Supervisor.start_link([Shop.Sync], strategy: :one_for_one, name: Shop.TestSupport.Sup)
                  end
                end
                """);
        files.put("test/test_helper.exs", "Shop.TestSupport.Runtime.ensure_started()\nExUnit.start()\n");
        String t = ShopProject.testSketch(ShopProject.analyze(root, files), "Shop.Sync");
        assertTrue(t.contains("# The project's test setup starts it (test/support/runtime.ex:3): use the running"), t);
        assertTrue(t.contains("Process.whereis(Sync) || start_supervised!("), t);
        assertTrue(t.contains("use ExUnit.Case, async: false"), t);
    }

    @Test
    void aServerTheTestHelperStartsItselfIsTakenRunning() throws IOException {
        // tymeslot's test_helper.exs: {:ok, _} = Tymeslot.Security.RateLimiter.start_link(); the sketch started it
        // again and got already_started
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/limiter.ex", """
                defmodule Shop.Limiter do
                  use GenServer
                  def start_link(opts \\\\ []), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
                  def init(_), do: {:ok, %{hits: 0}}
                  def hits, do: GenServer.call(__MODULE__, :hits)
                  def handle_call(:hits, _from, state), do: {:reply, state.hits, state}
                end
                """);
        files.put("test/test_helper.exs", "ExUnit.start()\n{:ok, _} = Shop.Limiter.start_link()\n");
        // the project's own test starts it only where the lookup finds none: no start of its own
        files.put("test/shop/limiter_test.exs", """
                defmodule Shop.LimiterTest do
                  use ExUnit.Case
                  setup do
                    case Process.whereis(Shop.Limiter) do
                      nil -> start_supervised!(Shop.Limiter)
                      _pid -> :ok
                    end
                    :ok
                  end
                  test "counts", do: assert Shop.Limiter.hits() >= 0
                end
                """);
        String t = ShopProject.testSketch(ShopProject.analyze(root, files), "Shop.Limiter");
        assertTrue(t.contains("# The project's test setup starts it (test/test_helper.exs:2): use the running"), t);
        assertTrue(t.contains("Process.whereis(Limiter) || start_supervised!("), t);
    }
}
