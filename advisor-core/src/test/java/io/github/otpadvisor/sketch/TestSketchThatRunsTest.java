package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Test sketches that run (issue 11): a spec no start_link clause takes ({@code {M, []}} against
 * {@code start_link({source, backend})}, {@code {M, id}} against a start_link/2 only) is said not known with the
 * clause's file:line instead of written into a failing test; a plain helper of a process module is not called as if
 * it reached the process; a timeout parameter gets a wait, not test data; the project's own test is named with the
 * functions it calls and those it does not.
 */
class TestSketchThatRunsTest {
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    children = [Shop.Leader, Shop.AssignerMonitor, Shop.SchedulerSup]
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                end
                """);
        FILES.put("lib/shop/withdrawals.ex", """
                defmodule Shop.Withdrawals do
                  use GenServer
                  def child_spec([init_arguments]), do: child_spec([init_arguments, []])
                  def child_spec([_init_arguments, _gen_server_options] = start_link_arguments) do
                    Supervisor.child_spec(%{id: __MODULE__, start: {__MODULE__, :start_link, start_link_arguments}}, [])
                  end
                  def start_link(arguments, gen_server_options \\\\ []) do
                    GenServer.start_link(__MODULE__, arguments, gen_server_options)
                  end
                  def init(opts) when is_list(opts), do: {:ok, %{interval: opts[:interval]}}
                  def handle_info(:fetch, state), do: {:noreply, state}
                end
                """);
        FILES.put("lib/shop/pair_sup.ex", """
                defmodule Shop.PairSup do
                  use Supervisor
                  def start_link({source, backend} = opts) do
                    Supervisor.start_link(__MODULE__, opts, name: {:global, {source, backend}})
                  end

                  def init(_opts), do: Supervisor.init([], strategy: :one_for_one)
                end
                """);
        FILES.put("lib/shop/assigner.ex", """
                defmodule Shop.Assigner do
                  use GenServer
                  def init(state), do: {:ok, state}

                  def get_host(existing \\\\ nil) do
                    GenServer.call({:global, __MODULE__}, {:get_host, existing})
                  end

                  def handle_call({:get_host, existing}, _from, state), do: {:reply, existing, state}
                end
                """);
        FILES.put("lib/shop/ticker.ex", """
                defmodule Shop.Ticker do
                  use GenServer
                  def start_link, do: GenServer.start_link(__MODULE__, 0, name: __MODULE__)
                  def init(count), do: {:ok, count}
                  def ping, do: GenServer.call(__MODULE__, :ping)
                  def handle_call(:ping, _from, count), do: {:reply, :pong, count + 1}
                end
                """);
        FILES.put("lib/shop/assigner_monitor.ex", """
                defmodule Shop.AssignerMonitor do
                  use GenServer
                  def start_link(_arg), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)
                  def init(_arg), do: {:ok, ensure()}

                  def handle_info({:DOWN, _, :process, _pid, _reason}, _pid), do: {:noreply, ensure()}

                  defp ensure do
                    pid =
                      case GenServer.start_link(Shop.Assigner, [], name: {:global, Shop.Assigner}) do
                        {:ok, pid} -> pid
                        {:error, {:already_started, pid}} -> pid
                      end

                    Process.monitor(pid)
                    pid
                  end
                end
                """);
        FILES.put("lib/shop/leader.ex", """
                defmodule Shop.Leader do
                  use GenServer
                  def start_link(opts \\\\ []), do: GenServer.start_link(__MODULE__, opts)
                  def leader?(pid, timeout), do: GenServer.call(pid, :leader?, timeout)
                  def encode_lsn(lsn) when is_integer(lsn), do: Integer.to_string(lsn, 16)
                  def fetch_remote(url), do: Req.get!(url).body
                  def init(_opts), do: {:ok, %{leader?: false}}
                  def handle_call(:leader?, _from, state), do: {:reply, state.leader?, state}
                end
                """);
        FILES.put("lib/shop/echo.ex", """
                defmodule Shop.Echo do
                  use GenServer
                  def start_link(opts \\\\ []), do: GenServer.start_link(__MODULE__, opts)
                  def claim(pid, ticket), do: GenServer.call(pid, {:claim, ticket})
                  def label(pid, name), do: GenServer.call(pid, {:label, String.upcase(name)})
                  def add(pid, key), do: GenServer.cast(pid, {:add, key})
                  def init(_opts) do
                    Process.send_after(self(), :expire, 60_000)
                    {:ok, %{}}
                  end

                  def handle_info(:expire, _state) do
                    Process.send_after(self(), :expire, 60_000)
                    {:noreply, %{}}
                  end

                  def handle_cast({:add, key}, state), do: {:noreply, Map.put(state, key, true)}
                  def handle_call({:claim, ticket}, _from, state), do: {:reply, ticket, state}
                  def handle_call({:label, name}, _from, state), do: {:reply, name, state}
                end
                """);
        FILES.put("lib/shop/gate.ex", """
                defmodule Shop.Gate do
                  use GenServer
                  def start_link(opts \\\\ []), do: GenServer.start_link(__MODULE__, opts)

                  def pass(pid, fun) do
                    case GenServer.call(pid, :pass) do
                      :go -> {:ok, fun.()}
                      :closed -> :closed
                    end
                  end

                  def init(_opts) do
                    Process.send_after(self(), :close, 60_000)
                    {:ok, %{open: true}}
                  end

                  def handle_info(:close, state), do: {:noreply, %{state | open: false}}
                  def handle_call(:pass, _from, state), do: {:reply, if(state.open, do: :go, else: :closed), state}
                end
                """);
        FILES.put("lib/shop/debouncer.ex", """
                defmodule Shop.Debouncer do
                  use GenServer
                  def start_link(opts \\\\ []), do: GenServer.start_link(__MODULE__, opts)
                  def debounce(pid, key), do: GenServer.cast(pid, {:debounce, key})
                  def pending(pid), do: GenServer.call(pid, :pending)
                  def init(_opts), do: {:ok, %{keys: []}}
                  def handle_cast({:debounce, key}, state), do: {:noreply, %{state | keys: [key | state.keys]}}
                  def handle_call(:pending, _from, state), do: {:reply, state.keys, state}
                end
                """);
        FILES.put("test/shop/debouncer_test.exs", """
                defmodule Shop.DebouncerTest do
                  use ExUnit.Case, async: true
                  alias Shop.Debouncer

                  test "debounces" do
                    pid = start_supervised!(Debouncer)
                    Debouncer.debounce(pid, "a")
                  end
                end
                """);
        FILES.put("lib/shop/calc.ex", """
                defmodule Shop.Calc do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, :ok, opts)
                  def add(server, a, b), do: GenServer.call(server, {:add, a, b})
                  def init(:ok), do: {:ok, nil}
                  def handle_call({:add, a, b}, _from, state), do: {:reply, a + b, state}
                end
                """);
        FILES.put("lib/shop/schedule.ex", """
                defmodule Shop.Schedule do
                  use GenServer
                  def start_link(jobs), do: GenServer.start_link(__MODULE__, jobs)
                  def jobs(pid), do: GenServer.call(pid, :jobs)
                  def init(jobs), do: {:ok, jobs}
                  def handle_call(:jobs, _from, jobs), do: {:reply, jobs, jobs}
                end
                """);
        FILES.put("lib/shop/scheduler_sup.ex", """
                defmodule Shop.SchedulerSup do
                  use Supervisor
                  def start_link(_), do: Supervisor.start_link(__MODULE__, [])
                  def init(_), do: Supervisor.init([{Shop.Schedule, [schedule()]}], strategy: :one_for_one)
                  defp schedule, do: Application.get_env(:shop, :schedule)
                end
                """);
        FILES.put("lib/shop/settings.ex", """
                defmodule Shop.Settings do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, %{}, opts)
                  def get(pid, key), do: GenServer.call(pid, {:get, key})
                  def init(state), do: {:ok, state}

                  def handle_call({:get, key}, _from, state), do: {:reply, get_in(state, key), state}
                end
                """);
        FILES.put("lib/shop/purger.ex", """
                defmodule Shop.Purger do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, %{}, opts)
                  def purge(pid, apps), do: GenServer.call(pid, {:purge, apps})
                  def init(state), do: {:ok, state}

                  def handle_call({:purge, apps}, _from, state) do
                    for app <- apps, do: Shop.Code.purge(app)
                    {:reply, :ok, state}
                  end
                end
                """);
        FILES.put("lib/shop/ttl.ex", """
                defmodule Shop.Ttl do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, %{}, opts)
                  def put(pid, key, ttl_seconds), do: GenServer.call(pid, {:put, key, ttl_seconds})
                  def init(state), do: {:ok, state}

                  def handle_call({:put, key, ttl_seconds}, _from, state) do
                    {:reply, :ok, Map.put(state, key, System.os_time(:second) + ttl_seconds)}
                  end
                end
                """);
        // evercam's pollers (third fresh batch): init/1 reads its argument as a map; phoenix's PoolDrainer matches a
        // tuple. Nothing shows how either is started, and start_supervised!({M, []}) raised in init/1.
        FILES.put("lib/shop/poller.ex", """
                defmodule Shop.Poller do
                  use GenServer
                  def start_link(args), do: GenServer.start_link(__MODULE__, args)
                  def stop(pid), do: GenServer.call(pid, :stop)
                  def init(args) do
                    args = Map.merge args, %{timer: Process.send_after(self(), :poll, args.config.sleep)}
                    {:ok, args}
                  end
                  def handle_call(:stop, _from, state), do: {:reply, :ok, state}
                end
                """);
        // blockscout's Beacon.Deposit (fifth fresh batch): start_link([init_opts, server_opts]) raised
        // FunctionClauseError on the [] stand-in
        FILES.put("lib/shop/deposits.ex", """
                defmodule Shop.Deposits do
                  use GenServer
                  def start_link([init_opts, server_opts]), do: GenServer.start_link(__MODULE__, init_opts, server_opts)
                  def count(pid), do: GenServer.call(pid, :count)
                  def init(opts) do
                    Process.send_after(self(), :fetch, 1_000)
                    {:ok, %{count: 0, batch: opts[:batch_size]}}
                  end
                  def handle_call(:count, _from, state), do: {:reply, state.count, state}
                  def handle_info(:fetch, state) do
                    Process.send_after(self(), :fetch, 1_000)
                    {:noreply, %{state | count: state.count + Shop.Chain.deposits(state.batch)}}
                  end
                end
                """);
        FILES.put("lib/shop/drainer.ex", """
                defmodule Shop.Drainer do
                  use GenServer
                  def start_link(tuple), do: GenServer.start_link(__MODULE__, tuple)
                  def size(pid), do: GenServer.call(pid, :size)
                  def init({endpoint, name, opts}) do
                    Process.flag(:trap_exit, true)
                    {:ok, %{endpoint: endpoint, name: name, size: opts[:size]}}
                  end
                  def handle_call(:size, _from, state), do: {:reply, state.size, state}
                end
                """);
    }

    @TempDir
    static Path root;
    private static AnalysisResult result;

    @BeforeEach
    void analyze() throws IOException {
        if (result == null) {
            result = ShopProject.analyze(root, FILES);
        }
    }

    private static String testOf(String module) {
        return ShopProject.testSketch(result, module);
    }

    @Test
    void anEmptyListInitReadsAsAMapOrMatchesAsATupleIsSaidNotKnown() {
        String t = testOf("Shop.Poller");
        assertFalse(t.contains("start_supervised!"), t);
        assertTrue(t.replace("\n  # ", " ").contains("init/1 (lib/shop/poller.ex:5) reads its argument as a map"
                + " (Map.merge args), which [] is not."), t);
        // the children entry does not pass [] either: it names the argument and why
        String entry = ElixirSketches.childrenEntry(ShopProject.input(result, "Shop.Poller"));
        assertTrue(entry.contains("{Shop.Poller, args}"), entry);
        assertFalse(entry.contains("{Shop.Poller, []}"), entry);
        String d = testOf("Shop.Drainer");
        assertFalse(d.contains("start_supervised!"), d);
        assertTrue(d.replace("\n  # ", " ").contains("init({endpoint, name, opts}) (lib/shop/drainer.ex:5) does not"
                + " match [], which start_link hands on."), d);
    }

    @Test
    void anEmptyListAgainstATuplePatternOfStartLinkIsSaidNotKnownWithItsClause() {
        String t = testOf("Shop.PairSup");
        assertFalse(t.contains("start_supervised!"), t);
        assertTrue(t.contains("# Not known from the code how a test starts it: start_link({source, backend} = opts)\n"
                + "  # (lib/shop/pair_sup.ex:3) does not match []."), t);
    }

    @Test
    void anEmptyListNoClauseOfItsOwnChildSpecTakesIsSaidNotKnown() {
        // blockscout's fetchers: {Withdrawal, []} raised FunctionClauseError in child_spec([init_arguments])
        String t = testOf("Shop.Withdrawals");
        assertFalse(t.contains("start_supervised!({Withdrawals, []})"), t);
        assertTrue(t.replace("\n  # ", " ").contains("its child_spec/1 (lib/shop/withdrawals.ex:3) takes"
                + " [init_arguments] or [_init_arguments, _gen_server_options] = start_link_arguments, which [] does"
                + " not match."), t);
    }

    @Test
    void anEmptyListAgainstAListPatternOfStartLinkIsSaidNotKnown() {
        String t = testOf("Shop.Deposits");
        assertFalse(t.contains("start_supervised!({Deposits, []})"), t);
        assertTrue(t.replace("\n  # ", " ").contains("start_link([init_opts, server_opts]) (lib/shop/deposits.ex:3)"
                + " does not match []."), t);
    }

    @Test
    void aStartLinkWithoutArgumentsIsStartedByAMapSpecThatCallsIt() {
        String t = testOf("Shop.Ticker");
        assertTrue(t.contains("start_supervised!(%{id: Ticker, start: {Ticker, :start_link, []}})"), t);
        assertTrue(t.contains("assert :pong = Ticker.ping()"), t);
        assertFalse(t.contains("Not known from the code"), t);
    }

    @Test
    void aSpecCallingAStartLinkOneTheModuleLacksIsSaidNotKnown() {
        String t = testOf("Shop.Assigner");
        assertFalse(t.contains("start_supervised!"), t);
        assertTrue(t.contains("# Not known from the code how a test starts it: Shop.Assigner defines no start_link,"
                + " which\n  # {Assigner, []} calls."), t);
        assertTrue(t.contains("a test calls get_host/1"), t);
    }

    @Test
    void aTimeoutIsAWaitAndAPlainHelperIsNotCalled() {
        String t = testOf("Shop.Leader");
        assertTrue(t.contains("Leader.leader?(pid, 5_000)"), t);
        assertFalse(t.contains("encode_lsn("), t);
        assertFalse(t.contains("fetch_remote("), t);
    }

    @Test
    void theProjectsOwnTestIsNamedWithWhatItCallsAndWhatItDoesNot() {
        String t = testOf("Shop.Debouncer");
        // start_supervised!(Debouncer) there: the sketch starts it the same way
        assertTrue(t.contains("# Started as the project's own test starts it (test/shop/debouncer_test.exs:6). It"
                + " calls\n    # debounce/2; not pending/1.\n    pid = start_supervised!(Debouncer)"), t);
    }

    @Test
    void aReplyOfTheArgumentAsItCameIsAssertedEqualToWhatTheTestPassed() {
        String t = testOf("Shop.Echo");
        assertTrue(t.contains("assert Echo.claim(pid, \"ticket-1\") == \"ticket-1\""), t);
        // The client changes the value before it sends it: the reply is not what the test passed.
        assertFalse(t.contains("assert Echo.label("), t);
    }

    @Test
    void aFunctionTheClientCallsIsGivenAClosureNotAString() {
        String t = testOf("Shop.Gate");
        assertTrue(t.contains("Gate.pass(pid, fn -> :ok end)"), t);
        assertFalse(t.contains("Gate.pass(pid, \""), t);
    }

    @Test
    void aPlainFunctionRewriteIsCalledWithoutTheProcessItNoLongerTakesAndWithNumbersForArithmetic() {
        String t = testOf("Shop.Calc");
        // The sketch's add/2 takes no server: a pid nobody started would not compile; a + b needs numbers.
        assertTrue(t.contains("test \"add/2 works with no process started\""), t);
        assertTrue(t.contains("assert Calc.add(2, 2) == Calc.add(2, 2)"), t);
        assertFalse(t.contains("pid"), t);
    }

    @Test
    void aChildrenEntryThatCallsAPrivateHelperIsNotCopiedIntoTheTest() {
        String t = testOf("Shop.Schedule");
        assertFalse(t.contains("start_supervised!"), t);
        assertTrue(t.contains("{Shop.Schedule, [schedule()]} calls schedule/0"), t);
        assertTrue(t.contains("which a test cannot call."), t);
    }

    @Test
    void aKeyTheHandlerUsesAsAnAccessPathIsAList() {
        // ex_venture's Kantele.Config: get_in(state, key) raises on a string
        String t = testOf("Shop.Settings");
        assertTrue(t.contains("Settings.get(pid, [])"), t);
        assertFalse(t.contains("Settings.get(pid, \"key-1\")"), t);
    }

    @Test
    void aValueTheHandlerWalksAsAListIsAList() {
        // phoenix's MixListener.purge/1: for app <- apps raised Protocol.UndefinedError on "apps-1"
        String t = testOf("Shop.Purger");
        assertTrue(t.contains("Purger.purge(pid, [])"), t);
        assertFalse(t.contains("Purger.purge(pid, \"apps-1\")"), t);
    }

    @Test
    void aValueTheHandlerDoesArithmeticOnIsANumber() {
        String t = testOf("Shop.Ttl");
        // put/3 passes ttl_seconds on to a clause that adds it to the clock: a string would raise there.
        assertTrue(t.contains("Ttl.put(pid, \"key-1\", 2)"), t);
    }
}
