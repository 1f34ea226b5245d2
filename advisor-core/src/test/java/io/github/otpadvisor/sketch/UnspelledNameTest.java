package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.report.model.ModuleReport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names given where the start call does not spell them. dara-dots' PongActiveGames and Scoreboard: {@code opts = Keyword.put_new(opts, :name, __MODULE__)}, then
 * {@code name: opts[:name]}: registered under its module unless a caller names it. Read as unnamed, its test started
 * a second one, which fails with already_started while the application runs it (a reader).
 */
class UnspelledNameTest {
    @TempDir
    Path root;

    @Test
    void theNamePutIntoTheOptionsIsItsName() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args), do: Supervisor.start_link([Shop.Scoreboard], strategy: :one_for_one)
                end
                """);
        files.put("lib/shop/scoreboard.ex", """
                defmodule Shop.Scoreboard do
                  use GenServer
                  def start_link(opts) do
                    opts = Keyword.put_new(opts, :name, __MODULE__)
                    GenServer.start_link(__MODULE__, opts, name: opts[:name])
                  end
                  def report_win(player), do: GenServer.cast(__MODULE__, {:report_win, player})
                  def get_scores, do: GenServer.call(__MODULE__, :get_scores)
                  @impl true
                  def init(_opts), do: {:ok, %{}}
                  @impl true
                  def handle_cast({:report_win, p}, s), do: {:noreply, Map.update(s, p, 1, &(&1 + 1))}
                  @impl true
                  def handle_call(:get_scores, _from, s), do: {:reply, Map.to_list(s), s}
                end
                """);
        ModuleReport r = ShopProject.pages(root, files).get("Shop.Scoreboard");
        assertTrue(r.requirement().contains("is a GenServer registered under its module name"), r.requirement());
        String t = r.testSketch();
        // the running one, or one of its own under the test's name: not a second one under the module's name
        assertTrue(t.contains("Process.whereis(Scoreboard) || start_supervised!(")
                || t.contains("start_supervised!({Shop.Scoreboard, name: __MODULE__})"), t);
        assertFalse(t.contains("    start_supervised!(Shop.Scoreboard)"), t);
        assertTrue(Messages.parses(t), t);
    }

    @Test
    void theNameAProjectStartFunctionIsGivenIsItsName(@TempDir Path other) throws Exception {
        // gristle's Common.Utils.start_link_redundant(GenServer, __MODULE__, nil, __MODULE__): three readers called
        // "registers no name, may be one instance per caller" wrong
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args), do: Supervisor.start_link([Shop.Operator, Shop.Plain], strategy: :one_for_one)
                end
                """);
        files.put("lib/shop/utils.ex", """
                defmodule Shop.Utils do
                  def start_link_redundant(parent_module, module, config, name \\\\ nil) do
                    name =
                      case name do
                        nil -> module
                        atom -> atom
                      end
                    case parent_module do
                      GenServer -> GenServer.start_link(module, config, name: name)
                      Supervisor -> Supervisor.start_link(module, config, name: name)
                    end
                  end
                end
                """);
        files.put("lib/shop/operator.ex", """
                defmodule Shop.Operator do
                  use GenServer
                  def start_link(config) do
                    {:ok, pid} = Shop.Utils.start_link_redundant(GenServer, __MODULE__, nil, __MODULE__)
                    GenServer.cast(__MODULE__, {:begin, config})
                    {:ok, pid}
                  end
                  def init(_), do: {:ok, %{}}
                  def handle_cast({:begin, config}, _state), do: {:noreply, %{config: config}}
                end
                """);
        files.put("lib/shop/plain.ex", """
                defmodule Shop.Plain do
                  use GenServer
                  def start_link(_), do: Shop.Utils.start_link_redundant(GenServer, __MODULE__, nil)
                  def init(_), do: {:ok, %{}}
                  def handle_cast(:ping, s), do: {:noreply, s}
                end
                """);
        Map<String, ModuleReport> pages = ShopProject.pages(other, files);
        for (String m : java.util.List.of("Shop.Operator", "Shop.Plain")) {
            ModuleReport r = pages.get(m);
            assertTrue(r.requirement().contains("is a GenServer registered under its module name"), r.requirement());
            assertFalse(r.toString().contains("registers no name"), r.toString());
        }
    }

    @Test
    void theNameInTheUseLinesStartOptionIsItsName(@TempDir Path other) throws Exception {
        // ElixirTorrent's Acceptor.BlackList: its test started a second one, failing with already_started (a reader)
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args), do: Supervisor.start_link([Shop.BlackList], strategy: :one_for_one)
                end
                """);
        files.put("lib/shop/black_list.ex", """
                defmodule Shop.BlackList do
                  use GenServer, start: {GenServer, :start_link, [__MODULE__, nil, [name: __MODULE__]]}
                  def put(peer), do: GenServer.cast(__MODULE__, {:put, peer})
                  def member?(peer), do: GenServer.call(__MODULE__, {:member?, peer})
                  def init(_), do: {:ok, MapSet.new()}
                  def handle_call({:member?, peer}, _, state), do: {:reply, MapSet.member?(state, peer), state}
                  def handle_cast({:put, peer}, state), do: {:noreply, MapSet.put(state, peer)}
                end
                """);
        ModuleReport r = ShopProject.pages(other, files).get("Shop.BlackList");
        assertTrue(r.requirement().contains("is a GenServer registered under its module name"), r.requirement());
        assertFalse(r.testSketch().contains("    start_supervised!(BlackList)\n"), r.testSketch());
        assertTrue(Messages.parses(r.testSketch()), r.testSketch());
    }
}
