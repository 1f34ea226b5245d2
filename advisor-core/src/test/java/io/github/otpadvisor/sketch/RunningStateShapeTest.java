package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test of the application's running process leaves out what would change its state; when nothing it keeps
 * asserts anything, it checks the fields init/1 gives the state (readers of the fresh batches: such a test "asserts
 * nothing").
 */
class RunningStateShapeTest {
    @TempDir
    Path root;

    @Test
    void theRunningProcessKeepsTheFieldsItsInitGivesIt() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args), do: Supervisor.start_link([Shop.Lobby], strategy: :one_for_one)
                end
                """);
        files.put("lib/shop/lobby.ex", """
                defmodule Shop.Lobby do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  def join(player), do: GenServer.cast(__MODULE__, {:join, player})
                  def stats, do: GenServer.call(__MODULE__, :stats)
                  @impl true
                  def init(:ok) do
                    {:ok, %{queue: [], rooms: %{}, max_rooms: 10}}
                  end
                  @impl true
                  def handle_cast({:join, player}, state), do: {:noreply, %{state | queue: [player | state.queue]}}
                  @impl true
                  def handle_call(:stats, _from, state) do
                    {:reply, Shop.Stats.compute(state.queue, state.rooms), state}
                  end
                end
                """);
        String t = ShopProject.pages(root, files).get("Shop.Lobby").testSketch();
        assertTrue(Messages.parses(t), t);
        assertTrue(t.contains("Process.whereis(Lobby) || start_supervised!("), t);
        assertTrue(t.contains("assert %{queue: _, rooms: _, max_rooms: _} = :sys.get_state(pid)"), t);
        assertTrue(t.contains("pid = Process.whereis(Lobby)"), t);
    }
    /**
     * sensocto's SensorsStateAgent (fresh batch): its children entry passes {@code name: SensorsStateAgent}, which
     * start_link ignores; it registers {@code :sensors_state_agent}. The test looked the module's name up, found
     * nothing and started a second one: {@code {:already_started, _}}.
     */
    @Test
    void theRunningOneIsFoundUnderTheNameItsOwnStartGives() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    Supervisor.start_link([{Shop.Colors, name: Shop.Colors}], strategy: :one_for_one)
                  end
                end
                """);
        files.put("lib/shop/colors.ex", """
                defmodule Shop.Colors do
                  use Agent
                  def start_link(_params), do: Agent.start_link(fn -> %{} end, name: :shop_colors)
                  def get(id), do: Agent.get(:shop_colors, &Map.get(&1, id))
                  def put(id, color), do: Agent.update(:shop_colors, &Map.put(&1, id, color))
                end
                """);
        String t = ShopProject.pages(root, files).get("Shop.Colors").testSketch();
        assertTrue(Messages.parses(t), t);
        assertTrue(t.contains("Process.whereis(:shop_colors)"), t);
        assertTrue(!t.contains("Process.whereis(Colors)"), t);
    }
    /**
     * logflare's ErlSysMon (fresh batch): get_children(:test) leaves it out, get_children(_) lists it; the test said
     * "The application starts it already" of a process its test environment never starts.
     */
    @Test
    void oneTheApplicationStartsUnderAConditionIsNotSaidToRun() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    children = get_children(Application.get_env(:shop, :env))
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                  defp get_children(:test), do: [Shop.Repo]
                  defp get_children(_), do: [Shop.Repo, Shop.SysMon]
                end
                """);
        files.put("lib/shop/sys_mon.ex", """
                defmodule Shop.SysMon do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  def level, do: GenServer.call(__MODULE__, :level)
                  def init(:ok), do: {:ok, %{level: :info}}
                  def handle_call(:level, _from, state), do: {:reply, state.level, state}
                end
                """);
        String t = ShopProject.pages(root, files).get("Shop.SysMon").testSketch();
        assertTrue(Messages.parses(t), t);
        assertTrue(t.contains("# The application starts it only under a condition (lib/shop/application.ex:4): use"
                + " the running\n    # one where it runs, start it where it does not."), t);
        assertTrue(!t.contains("starts it already"), t);
    }
    /**
     * wanderer's kills listener (fourth fresh batch): listed unconditionally by a supervisor the application lists
     * only outside :test; the test said "The application starts it already".
     */
    @Test
    void oneUnderASupervisorListedUnderAConditionIsNotSaidToRun() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    extra = if Application.get_env(:shop, :env) == :test, do: [], else: [Shop.Kills]
                    Supervisor.start_link([Shop.Repo] ++ extra, strategy: :one_for_one)
                  end
                end
                """);
        files.put("lib/shop/kills.ex", """
                defmodule Shop.Kills do
                  use Supervisor
                  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)
                  def init(_), do: Supervisor.init([Shop.Listener], strategy: :one_for_one)
                end
                defmodule Shop.Listener do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  def seen, do: GenServer.call(__MODULE__, :seen)
                  def init(:ok), do: {:ok, %{seen: 0}}
                  def handle_call(:seen, _from, state), do: {:reply, state.seen, state}
                end
                """);
        String t = ShopProject.pages(root, files).get("Shop.Listener").testSketch();
        assertTrue(Messages.parses(t), t);
        assertTrue(t.contains("The application starts it only under a condition (lib/shop/application.ex:4)"), t);
        assertTrue(!t.contains("starts it already"), t);
    }
}
