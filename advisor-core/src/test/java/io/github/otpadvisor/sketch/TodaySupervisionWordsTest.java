package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.report.model.FailureClaim;
import io.github.otpadvisor.report.model.ModuleReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a report says about where a module runs today is what the code does (the tenth stop's cold readings): a child
 * started under a DynamicSupervisor and kept by pid is not "found through a Registry" (hedgehog's traders, rig's Kafka
 * clients); a static child of a supervisor started per entity is not "started once" (hedgehog's Naive.Leader); a child
 * listed under a condition says so (vutuv's optional_child); a listener init/1 starts under its library's supervisor
 * outlives a shutdown (pleroma's Gopher server); a {@code Spec.worker(M, _args = [..])} entry is quoted as written and
 * started in the test as it is listed (rig's DistributedSet).
 */
class TodaySupervisionWordsTest {
    private static final Map<String, String> SHOP = new LinkedHashMap<>();

    static {
        SHOP.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application

                  def start(_type, _args) do
                    alias Supervisor.Spec

                    children =
                      [
                        {DynamicSupervisor, name: Shop.RoomSupervisor, strategy: :one_for_one},
                        {DynamicSupervisor, name: Shop.SymbolSupervisors, strategy: :one_for_one},
                        Spec.worker(Shop.Set, _args = [Blacklist, [name: Blacklist]]),
                        Shop.Gopher
                      ] ++ optional_child(:sweep, Shop.Sweeper) ++ [Shop.Stats, Shop.Games, {Shop.DeviceSupervisor, :always}]

                    Supervisor.start_link(children, strategy: :one_for_one, name: Shop.Supervisor)
                  end

                  defp optional_child(key, module) do
                    if Application.get_env(:shop, key, true), do: [module], else: []
                  end
                end
                """);
        SHOP.put("lib/shop/room.ex", """
                defmodule Shop.Room do
                  use GenServer
                  def open(id), do: DynamicSupervisor.start_child(Shop.RoomSupervisor, {__MODULE__, id})
                  def start_link(id), do: GenServer.start_link(__MODULE__, id)
                  def say(pid, text), do: GenServer.cast(pid, {:say, text})
                  def init(id) do
                    Process.send_after(self(), :expire, 60_000)
                    {:ok, %{id: id, lines: []}}
                  end
                  def handle_cast({:say, text}, state), do: {:noreply, %{state | lines: [text | state.lines]}}
                  def handle_info(:expire, state), do: {:stop, :normal, state}
                end
                """);
        SHOP.put("lib/shop/table.ex", """
                defmodule Shop.Table do
                  use GenServer
                  def open(id), do: DynamicSupervisor.start_child(Shop.RoomSupervisor, {__MODULE__, id})
                  def start_link(id), do: GenServer.start_link(__MODULE__, id)
                  def seat(id, who), do: GenServer.cast({:via, Registry, {Shop.TableRegistry, {__MODULE__, id}}}, {:seat, who})
                  def init(id) do
                    Registry.register(Shop.TableRegistry, {__MODULE__, id}, id)
                    {:ok, %{id: id, seated: []}}
                  end
                  def handle_cast({:seat, who}, state), do: {:noreply, %{state | seated: [who | state.seated]}}
                end
                """);
        SHOP.put("lib/shop/listener.ex", """
                defmodule Shop.Listener do
                  use GenServer
                  def open(id), do: DynamicSupervisor.start_child(Shop.RoomSupervisor, {__MODULE__, id})
                  def start_link(id), do: GenServer.start_link(__MODULE__, id)
                  def init(id), do: {:ok, %{id: id}}
                  def handle_cast({:join, group}, state) do
                    Registry.register(Shop.Groups, group, [])
                    {:noreply, state}
                  end
                end
                """);
        SHOP.put("lib/shop/symbol_supervisor.ex", """
                defmodule Shop.SymbolSupervisor do
                  use Supervisor
                  def start(symbol), do: DynamicSupervisor.start_child(Shop.SymbolSupervisors, {__MODULE__, symbol})
                  def start_link(symbol), do: Supervisor.start_link(__MODULE__, symbol)
                  def init(symbol), do: Supervisor.init([{Shop.Leader, symbol}], strategy: :one_for_all)
                end
                """);
        SHOP.put("lib/shop/leader.ex", """
                defmodule Shop.Leader do
                  use GenServer
                  def start_link(symbol), do: GenServer.start_link(__MODULE__, symbol)
                  def init(symbol) do
                    Process.send_after(self(), :check, 1_000)
                    {:ok, %{symbol: symbol, checks: 0}}
                  end
                  def handle_info(:check, state) do
                    Process.send_after(self(), :check, 1_000)
                    {:noreply, %{state | checks: state.checks + 1}}
                  end
                end
                """);
        SHOP.put("lib/shop/set.ex", """
                defmodule Shop.Set do
                  use GenServer
                  def start_link(table, opts) when is_atom(table), do: GenServer.start_link(__MODULE__, table, opts)
                  def add(server, key), do: GenServer.cast(server, {:add, key})
                  def init(table) do
                    Process.send_after(self(), :sweep, 1_000)
                    {:ok, %{table: table, keys: []}}
                  end
                  def handle_cast({:add, key}, state), do: {:noreply, %{state | keys: [key | state.keys]}}
                  def handle_info(:sweep, state), do: {:noreply, %{state | keys: []}}
                end
                """);
        SHOP.put("lib/shop/gopher.ex", """
                defmodule Shop.Gopher do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, 70, [])
                  def init(port) do
                    :ranch.start_listener(:gopher, :ranch_tcp, [port: port], Shop.Gopher.Handler, [])
                    {:ok, %{port: port}}
                  end
                end
                """);
        SHOP.put("lib/shop/stats.ex", """
                defmodule Shop.Stats do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                  def get, do: GenServer.call(__MODULE__, :get)
                  def init(nil), do: {:ok, nil, {:continue, :load}}
                  def handle_continue(:load, _), do: {:noreply, compute()}
                  def handle_call(:get, _from, state), do: {:reply, state, state}
                  def handle_info(:refresh, _) do
                    Process.send_after(self(), :refresh, 60_000)
                    {:noreply, compute()}
                  end
                  defp compute, do: %{users: length(Shop.Repo.all(Shop.User))}
                end
                """);
        SHOP.put("lib/shop/games.ex", """
                defmodule Shop.Games do
                  use Supervisor
                  def start_link(_), do: Supervisor.start_link(__MODULE__, [], name: __MODULE__)
                  def init(_), do: Supervisor.init([], strategy: :one_for_one)
                  def start_game(id) do
                    Supervisor.start_child(__MODULE__, %{id: id, restart: :transient, start: {Shop.Game, :start_link, [id]}})
                  end
                  def stop_game(id) do
                    Supervisor.terminate_child(__MODULE__, id)
                    Supervisor.delete_child(__MODULE__, id)
                  end
                end
                """);
        SHOP.put("lib/shop/game.ex", """
                defmodule Shop.Game do
                  use GenServer
                  def start_link(id), do: GenServer.start_link(__MODULE__, id)
                  def init(id) do
                    Process.send_after(self(), :tick, 1_000)
                    {:ok, %{id: id, ticks: 0}}
                  end
                  def handle_info(:tick, state), do: {:noreply, %{state | ticks: state.ticks + 1}}
                end
                """);
        SHOP.put("lib/shop/device_supervisor.ex", """
                defmodule Shop.DeviceSupervisor do
                  use Supervisor
                  def start_link(mode), do: Supervisor.start_link(__MODULE__, mode, name: __MODULE__)
                  def init(mode) do
                    children =
                      if mode == :never do
                        [Shop.Uploader]
                      else
                        [Shop.DiskMonitor, Shop.Uploader]
                      end
                    Supervisor.init(children, strategy: :rest_for_one)
                  end
                end
                """);
        SHOP.put("lib/shop/disk_monitor.ex", """
                defmodule Shop.DiskMonitor do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  def init(:ok) do
                    Process.send_after(self(), :check, 1_000)
                    {:ok, 0}
                  end
                  def handle_info(:check, n), do: {:noreply, n + 1}
                end
                """);
        SHOP.put("lib/shop/sweeper.ex", """
                defmodule Shop.Sweeper do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  def init(:ok) do
                    Process.send_after(self(), :sweep, 1_000)
                    {:ok, nil}
                  end
                  def handle_info(:sweep, state) do
                    Process.send_after(self(), :sweep, 1_000)
                    {:noreply, state}
                  end
                end
                """);
    }

    @TempDir
    static Path root;
    private static Map<String, ModuleReport> pages;

    @BeforeAll
    static void analyze() throws IOException {
        pages = ShopProject.pages(root, SHOP);
    }

    @Test
    void aChildKeptByPidIsNotSaidToBeFoundThroughARegistry() {
        ModuleReport room = pages.get("Shop.Room");
        assertEquals("DynamicSupervisor, found by the pid its start returns (no Registry)",
                room.recommendation().todayPlacement());
        assertTrue(room.recommendation().rationale().contains("Today it is found by the pid its start returns,"
                + " without a Registry: one is needed only when callers must find it by its id."),
                room.recommendation().rationale());
    }

    /**
     * dara-dots' TicTacToe starts unnamed and registers itself in init/1 ({@code Registry.register(GameServer.Registry,
     * {__MODULE__, game_id}, game_id)}): it is found through that Registry, not "by the pid its start returns". A
     * Registry.register in a handler joins a group and names nothing (gristle's Workshop).
     */
    @Test
    void aProcessRegisteringItselfInInitIsFoundThroughItsRegistry() {
        assertEquals("DynamicSupervisor + Registry", pages.get("Shop.Table").recommendation().todayPlacement());
        assertFalse(pages.get("Shop.Table").recommendation().rationale().contains("found by the pid"));
        assertEquals("DynamicSupervisor, found by the pid its start returns (no Registry)",
                pages.get("Shop.Listener").recommendation().todayPlacement());
    }

    @Test
    void aStaticChildOfASupervisorStartedPerEntityIsNotStartedOnce() {
        String why = pages.get("Shop.Leader").recommendation().rationale();
        assertFalse(why.contains("started once"), why);
        assertTrue(why.contains("It is a static child of Shop.SymbolSupervisor, which is started at runtime under "
                + "Shop.SymbolSupervisors (lib/shop/symbol_supervisor.ex:3), once per entity"), why);
    }

    @Test
    void aChildListedUnderAConditionSaysWhere() {
        String today = pages.get("Shop.Sweeper").supervision().today();
        assertTrue(today.endsWith("It is listed only in some branches of the condition at lib/shop/application.ex:19"
                + ": under the others it does not run."), today);
        assertFalse(pages.get("Shop.Gopher").supervision().today().contains("condition"));
    }

    @Test
    void aListenerStartedInInitOutlivesTheProcess() {
        FailureClaim shutdown = pages.get("Shop.Gopher").supervision().failure().stream()
                .filter(c -> c.topic().equals("Shutdown")).findFirst().orElseThrow();
        assertFalse(shutdown.text().contains("nothing to clean up"), shutdown.text());
        assertTrue(shutdown.text().contains(":ranch.start_listener(") && shutdown.text().contains(
                "(lib/shop/gopher.ex:5) is not linked to it, so a shutdown or a crash leaves it in place"),
                shutdown.text());
    }

    @Test
    void aSupervisorSpecWorkerIsQuotedAndStartedAsListed() {
        ModuleReport set = pages.get("Shop.Set");
        // start_link(table, opts): the list holds two arguments, the second a keyword list
        assertTrue(set.supervision().childrenEntry().contains("Spec.worker(Shop.Set, _args = [Blacklist, [name: "
                + "Blacklist]])"), set.supervision().childrenEntry());
        assertTrue(set.testSketch().contains("start_supervised!(%{id: Set, start: {Set, :start_link, [Blacklist, "
                + "[name: Blacklist]]}})"), set.testSketch());
    }

    @Test
    void aStateEveryCallbackComputesAfreshIsNotSaidToBeLost() {
        FailureClaim lost = pages.get("Shop.Stats").supervision().failure().stream()
                .filter(c -> c.topic().equals("State lost")).findFirst().orElseThrow();
        assertFalse(lost.text().contains("Whatever its callbacks changed"), lost.text());
        assertTrue(lost.text().contains("Each callback that changes it (handle_continue :load, handle_info :refresh)"
                + " replaces it with a value computed afresh"), lost.text());
        FailureClaim room = pages.get("Shop.Room").supervision().failure().stream()
                .filter(c -> c.topic().equals("State lost")).findFirst().orElseThrow();
        assertFalse(room.text().contains("computed afresh"), room.text());
    }

    @Test
    void aSupervisorWhoseChildrenAreAddedAtRuntimeIsNotAFixedSet() {
        ModuleReport games = pages.get("Shop.Games");
        String why = games.recommendation().rationale();
        assertFalse(why.contains("fixed set"), why);
        assertTrue(why.startsWith("Its children are added at runtime with Supervisor.start_child (lib/shop/games.ex:6)"),
                why);
        FailureClaim lost = games.supervision().failure().stream().filter(c -> c.topic().equals("State lost"))
                .findFirst().orElseThrow();
        assertTrue(lost.text().contains("starts again only the children its init/1 lists"), lost.text());
        assertFalse(games.testSketch().contains("%{specs: 1}") || games.testSketch().contains("%{specs: 0}"),
                games.testSketch());
        assertTrue(games.testSketch().contains("assert %{specs: _, active: _} = Supervisor.count_children(pid)"),
                games.testSketch());
        assertFalse(games.testSketch().contains("active <= specs"), games.testSketch()); // true of any supervisor
    }

    @Test
    void aChildListedInSomeBranchesHasNoFixedPositionOrNeighbours() {
        FailureClaim order = pages.get("Shop.DiskMonitor").supervision().failure().stream()
                .filter(c -> c.topic().equals("Ordering")).findFirst().orElseThrow();
        assertFalse(order.text().contains("Child 2 of"), order.text());
        assertTrue(order.text().startsWith("One of up to 2 children of Shop.DeviceSupervisor, but which are listed,"
                + " and in what order, depends on the condition at lib/shop/device_supervisor.ex:6"), order.text());
        assertTrue(order.text().endsWith("Under :rest_for_one a crash also restarts the children listed after it in"
                + " that branch, and they lose their state too."), order.text());
    }
}
