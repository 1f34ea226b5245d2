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
 * Read cold at the eleventh stop (issue 11): the test of an application's only instance (a fixed name, a start that
 * takes no other) sent it nothing and asserted nothing ("would act on the live process"), 203 reports in the 149
 * projects. Where the clause needs no process of its own, the test calls it as a function with the state init/1
 * returns (vutuv's account-event sweeper; mbta's ScheduleCache test does the same) and asserts its return. A clause
 * that writes the process's ETS table, or has a guard, is not called that way.
 */
class CallbackCallTestSketchTest {
    @TempDir
    static Path root;
    private static AnalysisResult result;
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application

                  def start(_type, _args) do
                    children = [Shop.Repo, Shop.Sweeper, Shop.Table, Shop.Meter, Shop.Guarded, Shop.Shutdown, Shop.Signals,
                      {Shop.Poller, url: url()}, Shop.Link, Shop.Lobby]
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end

                  defp url, do: System.fetch_env!("POLL_URL")
                end
                """);
        FILES.put("lib/shop/poller.ex", """
                defmodule Shop.Poller do
                  use GenServer
                  require Logger

                  def start_link(opts), do: GenServer.start_link(__MODULE__, Keyword.fetch!(opts, :url))

                  @impl true
                  def init(_url) do
                    Process.send_after(self(), :poll, 1000)
                    {:ok, %{polls: 0}}
                  end

                  @impl true
                  def handle_info(:poll, state) do
                    Logger.debug("poll")
                    {:noreply, %{state | polls: state.polls + 1}}
                  end
                end
                """);
        FILES.put("lib/shop/link.ex", """
                defmodule Shop.Link do
                  use GenServer

                  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)
                  def send_command(command), do: GenServer.call(__MODULE__, {:send_command, command})

                  @impl true
                  def init(_), do: {:ok, %{sock: nil, ip: nil}}

                  @impl true
                  def handle_call({:send_command, _}, _, s = %{sock: nil}) do
                    {:reply, {:error, :not_connected}, s}
                  end

                  def handle_call({:send_command, command}, _, s = %{sock: sock}) do
                    {:reply, :gen_tcp.send(sock, command), s}
                  end

                  @impl true
                  def handle_info({:found, ip}, s) do
                    {:ok, sock} = :gen_tcp.connect(ip, 24, [:binary])
                    {:noreply, %{s | sock: sock, ip: ip}}
                  end
                end
                """);
        FILES.put("lib/shop/lobby.ex", """
                defmodule Shop.Lobby do
                  use GenServer
                  require Logger

                  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                  def ready(id), do: GenServer.call(__MODULE__, {:ready, id})

                  @impl true
                  def init(_), do: {:ok, %{pending: %{}, ready: %{}}}

                  @impl true
                  def handle_call({:ready, id}, _from, state) when is_map_key(state.pending, id) do
                    {peer, state} = pop_in(state, [:pending, id])
                    {:reply, :ok, put_in(state, [:ready, id], peer)}
                  end

                  def handle_call({:ready, id}, _from, state) do
                    Logger.debug("Peer #{id} was already ready")
                    {:reply, :ok, state}
                  end
                end
                """);
        FILES.put("lib/shop/events.ex", """
                defmodule Shop.Events do
                  import Ecto.Query
                  alias Shop.Repo

                  def delete_expired do
                    {n, _} = Repo.delete_all(from(e in "events", where: e.at < ago(1, "year")))
                    n
                  end
                end
                """);
        FILES.put("lib/shop/sweeper.ex", """
                defmodule Shop.Sweeper do
                  use GenServer
                  require Logger

                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

                  @impl true
                  def init(_opts) do
                    schedule()
                    {:ok, nil}
                  end

                  @impl true
                  def handle_info(:sweep, state) do
                    n = Shop.Events.delete_expired()
                    Logger.info("deleted #{n}")
                    schedule()
                    {:noreply, state}
                  end

                  defp schedule, do: Process.send_after(self(), :sweep, :timer.hours(24))
                end
                """);
        FILES.put("lib/shop/table.ex", """
                defmodule Shop.Table do
                  use GenServer

                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

                  @impl true
                  def init(_opts) do
                    :ets.new(:shop_table, [:named_table])
                    Process.send_after(self(), :refresh, 1000)
                    {:ok, nil}
                  end

                  @impl true
                  def handle_info(:refresh, state) do
                    :ets.insert(:shop_table, {:at, System.system_time()})
                    Process.send_after(self(), :refresh, 1000)
                    {:noreply, state}
                  end
                end
                """);
        FILES.put("lib/shop/meter.ex", """
                defmodule Shop.Meter do
                  use GenServer

                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

                  @impl true
                  def init(_opts) do
                    Process.send_after(self(), :tick, 1000)
                    {:ok, %{runs: 0, last: nil}}
                  end

                  @impl true
                  def handle_info(:tick, state) do
                    Process.send_after(self(), :tick, 1000)
                    {:noreply, %{state | last: :done, runs: state.runs + 1}}
                  end
                end
                """);
        FILES.put("lib/shop/guarded.ex", """
                defmodule Shop.Guarded do
                  use GenServer

                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

                  @impl true
                  def init(_opts) do
                    Process.send_after(self(), :tick, 1000)
                    {:ok, 0}
                  end

                  @impl true
                  def handle_info(:tick, n) when n < 10 do
                    Process.send_after(self(), :tick, 1000)
                    {:noreply, n}
                  end
                end
                """);
        FILES.put("lib/shop/shutdown.ex", """
                defmodule Shop.Shutdown do
                  use GenServer

                  def start_link(_), do: GenServer.start_link(__MODULE__, :running, name: __MODULE__)
                  def shutdown, do: GenServer.call(__MODULE__, :shutdown)

                  @impl true
                  def init(state), do: {:ok, state}

                  @impl true
                  def handle_call(:shutdown, _from, _state) do
                    System.stop(0)
                    {:reply, :ok, :stopping}
                  end
                end
                """);
        FILES.put("lib/shop/signals.ex", """
                defmodule Shop.Signals do
                  use GenServer
                  alias Shop.Shutdown

                  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)

                  @impl true
                  def init(_), do: {:ok, %{}}

                  @impl true
                  def handle_info({:signal, :sigterm}, state) do
                    Shutdown.shutdown()
                    {:noreply, state}
                  end
                end
                """);
        FILES.put("lib/shop/data_logger.ex", """
                defmodule Shop.DataLogger do
                  use GenServer
                  require Logger

                  def start_link(_), do: GenServer.start_link(__MODULE__, nil)

                  @impl true
                  def init(_), do: {:ok, %{seen: 0}}

                  @impl true
                  def handle_info({:data, data}, state) do
                    Logger.info("got #{data.name}")
                    {:noreply, state}
                  end
                end
                """);
        FILES.put("test/support/data_case.ex", """
                defmodule Shop.DataCase do
                  use ExUnit.CaseTemplate

                  setup tags do
                    :ok = Ecto.Adapters.SQL.Sandbox.checkout(Shop.Repo)
                    unless tags[:async], do: Ecto.Adapters.SQL.Sandbox.mode(Shop.Repo, {:shared, self()})
                    :ok
                  end
                end
                """);
        FILES.put("test/test_helper.exs", "ExUnit.start()\n");
    }

    @BeforeAll
    static void analyze() throws IOException {
        result = ShopProject.analyze(root, FILES);
    }

    private static String testOf(String module) {
        return ShopProject.testSketch(result, module);
    }

    private static String flat(String t) {
        return t.replaceAll("\n\\s*# ", " ");
    }

    @Test
    void theLiveInstancesClauseIsCalledAsAFunctionWithInitsState() {
        String t = testOf("Shop.Sweeper");
        assertTrue(t.contains("test \"handle_info(:sweep, state) returns what its clause does\" do"), t);
        assertTrue(flat(t).contains("handle_info(:sweep, ...) (lib/shop/sweeper.ex:14) called as a function, in the"
                + " test's process: the application's only instance gets no message from the test; the state is what"
                + " init/1 returns."), t);
        assertTrue(t.contains("    state = nil\n    assert {:noreply, ^state} = Sweeper.handle_info(:sweep, state)\n"), t);
        assertFalse(t.contains("would act on the live process"), t);
        assertFalse(t.contains("send("), t);
        assertTrue(Messages.parses(t), t);
    }

    /**
     * marty's Connection: send_command/1 would reach the live instance's socket; its first clause, for the state
     * init/1 returns ({@code s = %{sock: nil}}), replies a literal, which the test asserts (a reader: "the test takes
     * the running pid and asserts nothing").
     */
    @Test
    void theFirstOfSeveralClausesIsCalledWhenInitsStateIsWhatItMatches() {
        String t = ShopProject.testSketch(result, "Shop.Link");
        assertTrue(t.contains("    state = %{sock: nil, ip: nil}\n\n"
                + "    assert {:reply, {:error, :not_connected}, ^state} =\n"
                + "             Link.handle_call({:send_command, nil}, {self(), make_ref()}, state)"), t);
    }

    /**
     * apps' Nexus.Room: the first clause for {:mark_ready, id} is guarded by is_map_key(state.pending_peers, id),
     * which init/1's empty map fails; the next one, which only logs the id, is what the test calls.
     */
    @Test
    void aClauseWhoseGuardInitsStateFailsIsPassed() {
        String t = ShopProject.testSketch(result, "Shop.Lobby");
        assertTrue(t.contains("    state = %{pending: %{}, ready: %{}}\n"
                + "    assert {:reply, :ok, ^state} = Lobby.handle_call({:ready, nil}, {self(), make_ref()}, state)"), t);
    }

    @Test
    void aQueryReachedThroughAnotherModuleGetsTheSandboxTemplate() {
        String t = testOf("Shop.Sweeper");
        // Shop.Events.delete_expired/0 queries the Repo in the test's process: without a checkout it would raise.
        assertTrue(flat(t).contains("Its code queries the Repo (through Shop.Events): Shop.DataCase"
                + " (test/support/data_case.ex:1) checks out the sandbox"), t);
        assertTrue(t.contains("  use Shop.DataCase, async: false\n"), t);
    }

    @Test
    void theFieldsAClauseSetsAreAsserted() {
        String t = testOf("Shop.Meter");
        assertTrue(t.contains("    state = %{runs: 0, last: nil}\n"
                + "    assert {:noreply, %{last: :done, runs: _}} = Meter.handle_info(:tick, state)\n"), t);
        assertTrue(Messages.parses(t), t);
    }

    @Test
    void whereTheTestCannotStartItTheClauseStillRunsAsAFunction() {
        // Its children entry calls url/0 of the application: no test starts it that way, but the clause needs no process.
        String t = testOf("Shop.Poller");
        assertTrue(flat(t).contains("Not known from the code how a test starts it: its start takes url"), t);
        assertFalse(t.contains("start_supervised!"), t);
        assertTrue(t.contains("test \"handle_info(:poll, state) returns what its clause does\" do"), t);
        assertTrue(flat(t).contains("called as a function, in the test's process: the clause needs no process of its own;"),
                t);
        assertTrue(t.contains("    state = %{polls: 0}\n    assert {:noreply, %{polls: _}} = Poller.handle_info(:poll, state)"), t);
        assertTrue(Messages.parses(t), t);
    }

    @Test
    void aClauseThatCallsAnotherProcessModulesApiIsNotCalledAsAFunction() {
        // Shutdown.shutdown() would stop the application the test runs in (aprs.me's SignalHandler).
        String t = testOf("Shop.Signals");
        assertFalse(t.contains(".handle_info("), t);
    }

    @Test
    void aMessageVariableTheClauseReadsIsNotSentAsNil() {
        // handle_info({:data, data}, ...) reads data.name: {:data, nil} would raise (aircloak's RepoDataLogger).
        String t = testOf("Shop.DataLogger");
        assertFalse(t.contains("{:data, nil}"), t);
    }

    @Test
    void aClauseWritingItsOwnTableOrGuardedIsNotCalledAsAFunction() {
        String table = testOf("Shop.Table");
        assertFalse(table.contains(".handle_info("), table);
        assertTrue(flat(table).contains("would act on the live process"), table);
        String guarded = testOf("Shop.Guarded");
        assertFalse(guarded.contains(".handle_info("), guarded);
    }
}
