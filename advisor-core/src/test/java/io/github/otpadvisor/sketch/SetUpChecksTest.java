package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty-first session: a test that would assert nothing (fresh8: 13 of 18 reasons for a 2 or a 3 said "the test
 * asserts nothing") checks what init/1 set up that a test sees from outside: the named table it owns, the exits it
 * traps, the shape of a state given by a module attribute or by its handle_continue/2, and at the least that it has
 * handled what its start set off and runs on, unless that start may stop it.
 */
class SetUpChecksTest {
    @TempDir
    Path root;

    private String test(String module, String source) throws Exception {
        return test(module, source, true);
    }

    /** {@code started}: the application's tree starts it (the test uses the running one), else the test starts it. */
    private String test(String module, String source, boolean started) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args), do: Supervisor.start_link([%s], strategy: :one_for_one)
                end
                """.formatted(started ? module : ""));
        files.put("lib/shop/worker.ex", source);
        String t = ShopProject.pages(root, files).get(module).testSketch();
        assertTrue(Messages.parses(t), t);
        return t;
    }

    /** logflare's RateCounters: init/1 creates a public named table and does nothing else. */
    @Test
    void theNamedTableItsInitCreatesIsOwnedByIt() throws Exception {
        String t = test("Shop.Counters", """
                defmodule Shop.Counters do
                  use GenServer
                  @table :shop_counters
                  def start_link(args \\\\ []), do: GenServer.start_link(__MODULE__, args, name: __MODULE__)
                  def init(state) do
                    :ets.new(@table, [:public, :named_table])
                    {:ok, state}
                  end
                end
                """);
        assertTrue(t.contains("assert :ets.info(:shop_counters, :owner) == pid"), t);
        assertTrue(t.contains("pid = Process.whereis(Counters) || start_supervised!("), t);
    }

    /** teiserver's BridgeServer, logflare's Counters: init/1 traps exits. */
    @Test
    void theExitsItsInitTrapsAreChecked() throws Exception {
        String t = test("Shop.Bridge", """
                defmodule Shop.Bridge do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  def init(:ok) do
                    Process.flag(:trap_exit, true)
                    {:ok, nil}
                  end
                  def terminate(_reason, _state), do: :ok
                end
                """);
        assertTrue(t.contains("assert {:trap_exit, true} = Process.info(pid, :trap_exit)"), t);
    }

    /** wanderer's TheraDataFetcher: init/1 returns {@code @initial_state}, a map over several lines. */
    @Test
    void aStateGivenByAnAttributeHasItsShapeChecked() throws Exception {
        String t = test("Shop.Fetcher", """
                defmodule Shop.Fetcher do
                  use GenServer
                  @refresh 60_000
                  @initial_state %{
                    retries_count: 5,
                    restart_timeout: @refresh,
                    task_ref: nil
                  }
                  def start_link(opts \\\\ []), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
                  def init(_opts), do: {:ok, @initial_state, {:continue, :start}}
                  def handle_continue(:start, state) do
                    Process.send_after(self(), :refresh_data, 500)
                    {:noreply, state}
                  end
                  def handle_info(:refresh_data, %{task_ref: nil} = state) do
                    task = Task.async(fn -> Shop.Remote.load() end)
                    {:noreply, %{state | task_ref: task.ref}}
                  end
                  def handle_info(:refresh_data, state), do: {:noreply, state}
                end
                """);
        assertTrue(t.contains("assert %{retries_count: _, restart_timeout: _, task_ref: _} = :sys.get_state(pid)"), t);
    }

    /** blockscout's Scroll.BridgeL2: init/1 returns %{}, its continue a new map from the continue's term. */
    @Test
    void theMapItsContinueReturnsIsChecked() throws Exception {
        String source = """
                defmodule Shop.Bridge do
                  use GenServer
                  def start_link(args), do: GenServer.start_link(__MODULE__, args, name: __MODULE__)
                  def init(args) do
                    json_rpc = args[:json_rpc]
                    {:ok, %{}, {:continue, json_rpc}}
                  end
                  def handle_continue(json_rpc, _state) do
                    Process.send_after(self(), :init_with_delay, 2000)
                    {:noreply, %{json_rpc: json_rpc}}
                  end
                  def handle_info(:init_with_delay, %{json_rpc: json_rpc} = state) do
                    case Shop.Remote.fetch(json_rpc) do
                      {:ok, _} -> {:noreply, state}
                      _ -> {:stop, :normal, state}
                    end
                  end
                end
                """;
        String t = test("Shop.Bridge", source, false);
        assertTrue(t.contains("assert %{json_rpc: _} = :sys.get_state(pid)"), t);
        assertFalse(t.contains("Process.alive?"), t); // its message may stop it
        // the running one: its clause called as a function with init/1's %{} would raise FunctionClauseError
        assertFalse(test("Shop.Bridge", source, true).contains("Bridge.handle_info(:init_with_delay, state)"));
    }

    /** Nothing else to check: it handled what its start set off and runs on. */
    @Test
    void atTheLeastItRunsOnAfterItsStart() throws Exception {
        String t = test("Shop.Poller", """
                defmodule Shop.Poller do
                  use GenServer
                  def start_link(args), do: GenServer.start_link(__MODULE__, args, name: __MODULE__)
                  def init(args) do
                    send(self(), :poll)
                    {:ok, args}
                  end
                  def handle_info(:poll, state) do
                    Shop.Remote.poll(state)
                    Process.send_after(self(), :poll, 1000)
                    {:noreply, state}
                  end
                  def handle_info({ref, _}, state) when is_reference(ref), do: {:noreply, state}
                end
                """);
        assertTrue(t.contains(":sys.get_state(pid)\n    assert Process.alive?(pid)"), t);
    }

    /** blockscout's migrators stop once done: that it runs on is no check of theirs. */
    @Test
    void notWhenWhatItsStartSetsOffMayStopIt() throws Exception {
        String t = test("Shop.Migrator", """
                defmodule Shop.Migrator do
                  use GenServer
                  def start_link(args), do: GenServer.start_link(__MODULE__, args, name: __MODULE__)
                  def init(args) do
                    send(self(), :migrate)
                    {:ok, args}
                  end
                  def handle_info(:migrate, state) do
                    case Shop.Remote.batch(state) do
                      [] -> {:stop, :normal, state}
                      _ -> {:noreply, state}
                    end
                  end
                  def handle_info({ref, _}, state) when is_reference(ref), do: {:noreply, state}
                end
                """);
        assertTrue(t.contains("test \"") && t.contains("Migrator"), t); // a test is written, only without that check
        assertFalse(t.contains("Process.alive?"), t);
    }

    /** Its continue replaces init/1's %{}: the state is not "init/1's %{} whatever the clause does". */
    @Test
    void aStateItsContinueReplacesIsNotInitsLiteral() throws Exception {
        String t = test("Shop.Bridge", """
                defmodule Shop.Bridge do
                  use GenServer
                  def start_link(args), do: GenServer.start_link(__MODULE__, args, name: __MODULE__)
                  def init(args), do: {:ok, %{}, {:continue, args[:json_rpc]}}
                  def handle_continue(json_rpc, _state), do: {:noreply, %{json_rpc: json_rpc}}
                  def handle_info(:tick, %{json_rpc: json_rpc} = state) do
                    Shop.Remote.fetch(json_rpc)
                    {:noreply, state}
                  end
                end
                """, false);
        assertTrue(t.contains("send(pid, :tick)"), t);
        assertFalse(t.contains("init/1's %{}"), t);
    }

    /**
     * elixir's ExUnit.CaptureServer (fresh9, rated 2): the test called device_output("name-1", "ref-1") on the running
     * server, whose clause does Map.fetch!(config.devices, name): KeyError, and the application's server crashed.
     */
    @Test
    void anOperationWhoseClauseRaisesOnASampleValueIsNotCalled() throws Exception {
        String t = test("Shop.Capture", """
                defmodule Shop.Capture do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  def output(name), do: GenServer.call(__MODULE__, {:output, name})
                  def init(:ok) do
                    Process.flag(:trap_exit, true)
                    {:ok, %{devices: %{}, status: nil}}
                  end
                  def handle_info({:EXIT, _pid, _reason}, config), do: {:noreply, config}
                  def handle_call({:output, name}, _from, config) do
                    device = Map.fetch!(config.devices, name)
                    {:reply, device.output, config}
                  end
                end
                """);
        assertFalse(t.contains("Capture.output("), t);
        assertTrue(t.contains("The test leaves out output/1: its clause raises on a value it does not hold (Map.fetch!"), t);
        assertTrue(t.contains("test \"the running one holds what its start set up\""), t);
        assertTrue(t.contains("assert %{devices: _, status: _} = :sys.get_state(pid)"), t);
    }
}
