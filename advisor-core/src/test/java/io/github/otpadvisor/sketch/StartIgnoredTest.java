package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the thirteenth stop (issue 11): ride_along's EtaMonitor returns :ignore from start_link unless its
 * start argument, the application's environment, says {@code start: true}, which the project's config sets for dev
 * and prod only: the test sketch's start_supervised! got no process and its send/2 raised. The test now sets what
 * the start reads and puts it back; a condition it cannot set is named instead.
 */
class StartIgnoredTest {
    @TempDir
    static Path root;
    private static AnalysisResult result;

    @BeforeAll
    static void analyze() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application

                  def start(_type, _args) do
                    children = [
                      {Shop.Monitor, Application.get_env(:shop, Shop.Monitor)},
                      Shop.Fetcher,
                      Shop.Remote
                    ]

                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                end
                """);
        files.put("lib/shop/monitor.ex", """
                defmodule Shop.Monitor do
                  use GenServer

                  def start_link(opts) do
                    if opts[:start] do
                      GenServer.start_link(__MODULE__, nil)
                    else
                      :ignore
                    end
                  end

                  @impl true
                  def init(_) do
                    Process.send_after(self(), :tick, 1000)
                    {:ok, %{ticks: 0}}
                  end

                  @impl true
                  def handle_info(:tick, state), do: {:noreply, %{state | ticks: state.ticks + 1}}
                end
                """);
        files.put("lib/shop/fetcher.ex", """
                defmodule Shop.Fetcher do
                  use GenServer

                  def start_link(_) do
                    if Application.get_env(:shop, __MODULE__)[:enabled] do
                      GenServer.start_link(__MODULE__, nil)
                    else
                      :ignore
                    end
                  end

                  @impl true
                  def init(_) do
                    Process.send_after(self(), :fetch, 1000)
                    {:ok, %{fetched: 0}}
                  end

                  @impl true
                  def handle_info(:fetch, state), do: {:noreply, %{state | fetched: state.fetched + 1}}
                end
                """);
        files.put("lib/shop/remote.ex", """
                defmodule Shop.Remote do
                  use GenServer

                  def start_link(_) do
                    if Node.alive?() do
                      GenServer.start_link(__MODULE__, nil)
                    else
                      :ignore
                    end
                  end

                  @impl true
                  def init(_) do
                    Process.send_after(self(), :ping, 1000)
                    {:ok, %{pings: 0}}
                  end

                  @impl true
                  def handle_info(:ping, state), do: {:noreply, %{state | pings: state.pings + 1}}
                end
                """);
        result = ShopProject.analyze(root, files);
    }

    @Test
    void anOptionTheEntryReadsFromTheEnvironmentIsSetThere() {
        String t = ShopProject.testSketch(result, "Shop.Monitor");
        assertTrue(t.contains("""
                    previous = Application.get_env(:shop, Shop.Monitor)
                    Application.put_env(:shop, Shop.Monitor, Keyword.put(previous || [], :start, true))
                    on_exit(fn -> Application.put_env(:shop, Shop.Monitor, previous) end)
                """), t);
        assertTrue(t.indexOf("Application.put_env") < t.indexOf("start_supervised!"), t);
        assertTrue(t.contains("use ExUnit.Case, async: false"), t);
        assertTrue(Messages.parses(t), t);
    }

    @Test
    void theModulesOwnEnvironmentKeyIsSet() {
        String t = ShopProject.testSketch(result, "Shop.Fetcher");
        assertTrue(t.contains("Application.put_env(:shop, Shop.Fetcher, Keyword.put(previous || [], :enabled, true))"),
                t);
        assertTrue(Messages.parses(t), t);
    }

    @Test
    void aConditionTheTestCannotSetIsNamed() {
        String t = ShopProject.testSketch(result, "Shop.Remote");
        assertTrue(t.replaceAll("\n\\s*# ", " ").contains("Today's start_link returns :ignore unless Node.alive?():"
                + " give the test environment what makes it start"), t);
        assertFalse(t.contains("Application.put_env"), t);
    }
}
