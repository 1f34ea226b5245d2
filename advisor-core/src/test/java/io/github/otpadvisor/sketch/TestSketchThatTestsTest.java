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
 * Test sketches that test (issue 11): set up as the project's own test of the module does (its case template, its
 * start call), a Repo sandbox when the module queries one; no placeholder of the wrong type (values only callers build
 * come from the test's context, a name is the test's own, options are [], a guard's integer is a number, a parameter
 * whose fields are read is not a string); the application's running process is not sent messages or state-changing
 * calls (an instance under the test's name when its start takes one); a computed reply is checked for its kind.
 */
class TestSketchThatTestsTest {
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    children = [
                      Shop.Repo,
                      Shop.Scheduler,
                      {Shop.Acceptor, port: port},
                      {Shop.Clock, []},
                      Shop.Sessions,
                      {Shop.Watcher, interval: interval_ms()}
                    ]
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                end
                """);
        FILES.put("lib/shop/repo.ex", """
                defmodule Shop.Repo do
                  use Ecto.Repo, otp_app: :shop, adapter: Ecto.Adapters.Postgres
                end
                """);
        FILES.put("lib/shop/scheduler.ex", """
                defmodule Shop.Scheduler do
                  use GenServer
                  def start_link(opts) do
                    GenServer.start_link(__MODULE__, opts, name: Keyword.get(opts, :name, __MODULE__))
                  end

                  def init(_opts) do
                    Process.send_after(self(), :persist, 1000)
                    {:ok, %{sent: 0}}
                  end

                  def handle_info(:persist, state) do
                    Shop.Repo.insert_all("counts", [%{sent: state.sent}])
                    Process.send_after(self(), :persist, 1000)
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
        FILES.put("test/shop/scheduler_test.exs", """
                defmodule Shop.SchedulerTest do
                  use Shop.DataCase, async: false

                  alias Shop.Scheduler

                  test "persists" do
                    {:ok, pid} = Scheduler.start_link(name: nil)
                    send(pid, :persist)
                  end
                end
                """);
        FILES.put("lib/shop/ledger.ex", """
                defmodule Shop.Ledger do
                  use GenServer
                  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
                  def init(arg), do: {:ok, arg}
                  def total(pid), do: GenServer.call(pid, :total)
                  def handle_call(:total, _from, state) do
                    {:reply, Shop.Repo.aggregate("entries", :count), state}
                  end
                end
                """);
        FILES.put("lib/shop/owners.ex", """
                defmodule Shop.Owners do
                  use Supervisor
                  def start_link(opts), do: Supervisor.start_link(__MODULE__, opts)

                  def init(opts) do
                    Supervisor.init(children(opts), strategy: :one_for_one)
                  end

                  defp children(opts) do
                    key = Keyword.fetch!(opts, :key)
                    [
                      {Shop.Owner,
                       on_acquired: fn -> start_children(opts, :every_child_of_the_owner) end, mutex_key: key, name: Shop.Owner}
                    ]
                  end

                  defp start_children(_opts), do: :ok
                end
                """);
        FILES.put("lib/shop/owner.ex", """
                defmodule Shop.Owner do
                  use GenServer
                  def start_link(opts) do
                    {name, opts} = Keyword.pop!(opts, :name)
                    GenServer.start_link(__MODULE__, opts, name: name)
                  end

                  def init(opts) do
                    key = Keyword.fetch!(opts, :mutex_key)
                    {:ok, struct!(Shop.Owner.State, Keyword.put(opts, :mutex_key, key))}
                  end
                end
                """);
        FILES.put("lib/shop/acceptor.ex", """
                defmodule Shop.Acceptor do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

                  def init(opts) do
                    {:ok, socket} = :gen_tcp.listen(Keyword.fetch!(opts, :port), [:binary])
                    send(self(), :accept)
                    {:ok, %{socket: socket}}
                  end

                  def handle_info(:accept, state) do
                    spawn(fn -> :gen_tcp.accept(state.socket) end)
                    {:noreply, state}
                  end
                end
                """);
        FILES.put("lib/shop/clock.ex", """
                defmodule Shop.Clock do
                  use GenServer
                  def start_link(opts) do
                    GenServer.start_link(__MODULE__, opts, name: Keyword.get(opts, :name, __MODULE__))
                  end

                  def init(_opts) do
                    Process.send_after(self(), :tick, 1000)
                    {:ok, %{ticks: 0}}
                  end

                  def handle_info(:tick, state) do
                    Process.send_after(self(), :tick, 1000)
                    {:noreply, %{state | ticks: state.ticks + 1}}
                  end
                end
                """);
        FILES.put("lib/shop/sessions.ex", """
                defmodule Shop.Sessions do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  def init(:ok), do: {:ok, %{users: %{}, queue: []}}

                  def add(user), do: GenServer.cast(__MODULE__, {:add, user})
                  def user_ids, do: GenServer.call(__MODULE__, :user_ids)
                  def waiting, do: GenServer.call(__MODULE__, :waiting)
                  def sizes, do: GenServer.call(__MODULE__, :sizes)

                  def handle_cast({:add, user}, state) do
                    {:noreply, %{state | users: Map.put(state.users, user, true)}}
                  end

                  def handle_call(:user_ids, _from, state), do: {:reply, Map.keys(state.users), state}

                  def handle_call(:sizes, _from, state) do
                    {:reply, %{users: map_size(state.users), queue: length(state.queue)}, state}
                  end

                  def handle_call(:waiting, _from, state) do
                    count = length(state.queue)
                    {:reply, count, state}
                  end
                end
                """);
        FILES.put("lib/shop/watcher.ex", """
                defmodule Shop.Watcher do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
                  def init(opts) do
                    interval = Keyword.fetch!(opts, :interval)
                    Process.send_after(self(), :check, interval)
                    {:ok, %{interval: interval, checks: 0}}
                  end

                  def handle_info(:check, state) do
                    Process.send_after(self(), :check, state.interval)
                    {:noreply, %{state | checks: state.checks + 1}}
                  end
                end
                """);
        FILES.put("lib/shop/conn.ex", """
                defmodule Shop.Conn do
                  use GenServer
                  def start_link(module, arg, opts \\\\ []), do: GenServer.start_link(__MODULE__, {module, arg}, opts)
                  def init({module, arg}), do: {:ok, %{module: module, arg: arg, n: 0}}
                  def count(pid), do: GenServer.call(pid, :count)
                  def handle_call(:count, _from, state), do: {:reply, state.n, state}
                end
                """);
        FILES.put("lib/shop/codec.ex", """
                defmodule Shop.Codec do
                  use GenServer
                  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
                  def init(_arg), do: {:ok, %{locks: %{}}}

                  def encode(pid, lsn) when is_integer(lsn), do: GenServer.call(pid, {:encode, lsn})
                  def fetch(pid, opts), do: GenServer.call(pid, :fetch, opts[:timeout] || 5000)
                  def release(pid, lock), do: GenServer.call(pid, {:release, lock.key})
                  def locked?(pid, key), do: GenServer.call(pid, {:locked?, key})

                  def handle_call({:encode, lsn}, _from, state), do: {:reply, Integer.to_string(lsn, 16), state}
                  def handle_call(:fetch, _from, state), do: {:reply, :ok, state}
                  def handle_call({:locked?, key}, _from, state), do: {:reply, match?(%{^key => _}, state.locks), state}
                  def handle_call({:release, key}, _from, state) do
                    {:reply, :ok, %{state | locks: Map.delete(state.locks, key)}}
                  end
                end
                """);
        FILES.put("lib/shop/opt_outs.ex", """
                defmodule Shop.OptOuts do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, nil)
                  def init(_) do
                    send(self(), :work)
                    {:ok, Shop.Config.interval()}
                  end
                  def handle_info(:work, interval) do
                    Shop.Sms.process_opt_outs()
                    Process.send_after(self(), :work, interval)
                    {:noreply, interval}
                  end
                end
                """);
        FILES.put("lib/shop/servo.ex", """
                defmodule Shop.Servo do
                  use GenServer
                  def start_link(config), do: GenServer.start_link(__MODULE__, config)
                  def init(_) do
                    {:ok, %{}}
                  end
                  def handle_cast({:begin, config}, _state), do: {:noreply, %{outputs: config.outputs, port: nil}}
                  def handle_info(:loop, state) do
                    Enum.each(state.outputs, &IO.inspect/1)
                    {:noreply, state}
                  end
                end
                defmodule Shop.ServoSupervisor do
                  use Supervisor
                  def start_link(_), do: Supervisor.start_link(__MODULE__, :ok, name: __MODULE__)
                  def init(:ok), do: Supervisor.init([{Shop.Servo, Shop.Config.servo()}], strategy: :one_for_one)
                end
                """);
        FILES.put("lib/shop/metrics.ex", """
                defmodule Shop.Metrics do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok)
                  def init(:ok) do
                    send(self(), :set_metrics)
                    {:ok, %{}}
                  end
                  def handle_info(:set_metrics, state) do
                    Shop.Prometheus.set(Shop.Repo.aggregate(Shop.Block, :count))
                    Process.send_after(self(), :set_metrics, 60_000)
                    {:noreply, state}
                  end
                end
                """);
        FILES.put("lib/shop/flusher.ex", """
                defmodule Shop.Flusher do
                  use GenServer
                  require Logger
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
                  def init(_opts), do: {:ok, %{pending: [], flushed: 0}}

                  def handle_info(:flush, %{flushed: 0} = state) do
                    Logger.info("flushing")
                    {:noreply, state}
                  end

                  def handle_info({:add, row}, state) do
                    pending = [row | state.pending]
                    state = %{state | pending: pending}
                    {:noreply, state}
                  end
                end
                """);
        FILES.put("lib/shop/jobs.ex", """
                defmodule Shop.Jobs do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
                  def init(_opts), do: {:ok, %__MODULE__{}}

                  defstruct jobs: [], done: 0

                  def handle_info({:done, _ref}, state) do
                    {:noreply, %{state | done: state.done + 1}}
                  end
                end
                """);
        FILES.put("lib/shop/sanitizer.ex", """
                defmodule Shop.Sanitizer do
                  use GenServer
                  defstruct [:opts, batches: 0]
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

                  def init(opts) when is_list(opts) do
                    send(self(), :sanitize)

                    state = %__MODULE__{
                      opts: Keyword.get(opts, :rpc)
                    }

                    {:ok, state}
                  end

                  def handle_info(
                        :sanitize,
                        %{opts: opts} = state
                      ) do
                    IO.inspect(opts)
                    Process.send_after(self(), :sanitize, 1000)
                    {:noreply, state}
                  end
                end
                """);
        FILES.put("lib/shop/quiet.ex", """
                defmodule Shop.Quiet do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
                  def init(_opts), do: {:ok, %{jobs: [], n: 0, mode: :idle}}

                  def handle_info({:done, _ref}, state) do
                    {:noreply, %{state | n: state.n + 1}}
                  end
                end
                """);
        FILES.put("lib/shop/syncer.ex", """
                defmodule Shop.Syncer do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                  def sync(timeout \\\\ 5000), do: GenServer.call(__MODULE__, :sync, timeout)
                  def init(_), do: {:ok, %{runs: 0}}
                  def handle_call(:sync, _from, state), do: {:reply, state.runs, %{state | runs: state.runs + 1}}
                end
                """);
        FILES.put("lib/shop/link.ex", """
                defmodule Shop.Link do
                  use GenServer
                  require Logger
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
                  def init(opts), do: {:ok, %{socket: Keyword.get(opts, :socket)}}

                  def handle_info({:tcp, _port, data}, state) do
                    {:noreply, Map.put(state, :last, data)}
                  end

                  def handle_info({:tcp_closed, _port}, state) do
                    Logger.warning("link closed")
                    {:stop, :normal, state}
                  end
                end
                """);
        FILES.put("lib/shop/loader.ex", """
                defmodule Shop.Loader do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
                  def init(_opts), do: {:ok, %{rows: []}}

                  def handle_info(:load, state) do
                    {:ok, state} = load(state)
                    {:noreply, state}
                  end

                  defp load(_state), do: {:ok, :loaded}
                end
                """);
        FILES.put("lib/shop/finder.ex", """
                defmodule Shop.Finder do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
                  def init(_opts), do: {:ok, %{rows: %{}}}
                  def find(pid, id), do: GenServer.call(pid, {:find, id})
                  def handle_call({:find, id}, _from, state), do: {:reply, {:ok, Map.get(state.rows, id)}, state}
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
        String t = ShopProject.testSketch(result, module);
        assertFalse(t.contains(":todo_"), t);
        return t;
    }

    @Test
    void theProjectsOwnTestGivesTheCaseTemplateAndTheStart() {
        String t = testOf("Shop.Scheduler");
        assertTrue(t.contains("# As the project's own test of it does (test/shop/scheduler_test.exs:2)"), t);
        assertTrue(t.contains("  use Shop.DataCase, async: false\n"), t);
        assertTrue(t.contains("# Started as the project's own test starts it (test/shop/scheduler_test.exs:7).\n"
                + "    pid = start_supervised!({Scheduler, name: nil})"), t);
        // Its own instance, not the application's: no look-up of the running one.
        assertFalse(t.contains("Process.whereis("), t);
        assertFalse(t.contains("ExUnit.Case"), t);
    }

    @Test
    void aModuleThatQueriesTheRepoGetsTheSandboxCaseTemplate() {
        String t = testOf("Shop.Ledger");
        assertTrue(t.contains("# Its code queries the Repo: Shop.DataCase (test/support/data_case.ex:1) checks out"), t);
        assertTrue(t.contains("  use Shop.DataCase, async: false\n"), t);
    }

    @Test
    void keysOnlyItsCallersBuildAreSaidNotKnownInsteadOfReadFromAContextNoSetupGives() {
        String t = testOf("Shop.Owner");
        // on_acquired is no Keyword.fetch! of its start, but its children entry passes it (a struct! needs it).
        assertTrue(t.contains("# Not known from the code how a test starts it: its start takes mutex_key, on_acquired,"), t);
        assertFalse(t.contains("%{mutex_key: mutex_key"), t);
        assertFalse(t.contains("start_supervised!"), t);
        assertFalse(t.contains("test \""), t);
        assertFalse(t.contains("start_children("), t);
    }

    @Test
    void aValueThatCallsAFunctionOfTheSupervisorIsSaidNotKnown() {
        String t = testOf("Shop.Watcher");
        // interval_ms() is the supervisor's: the test cannot call it, and no setup gives the value.
        assertTrue(t.contains("its start takes interval, which"), t);
        assertFalse(t.contains("%{interval: interval} do"), t);
        assertFalse(t.contains("interval_ms()"), t);
    }

    @Test
    void theApplicationsProcessIsNotSentItsMessagesWhenItsStartTakesNoName() {
        String t = testOf("Shop.Acceptor");
        assertFalse(t.contains("send(pid, :accept)"), t);
        assertTrue(t.replaceAll("\n\\s*# ", " ").contains(
                "handle_info(:accept, ...) (lib/shop/acceptor.ex:11) would act on the live"), t);
        // Its port is its caller's: the test uses the application's process and starts none.
        assertTrue(t.contains("pid = Process.whereis(Acceptor)\n    assert is_pid(pid)"), t);
        assertFalse(t.contains("%{port: port} do"), t);
        assertFalse(t.contains("start_supervised!"), t);
        // Whatever the application sent it, every clause keeps the shape init/1 gives its state.
        assertTrue(t.contains("assert %{socket: _} = :sys.get_state(pid)"), t);
    }

    @Test
    void aSingletonWhoseStartTakesANameIsStartedUnderTheTestsName() {
        String t = testOf("Shop.Clock");
        assertTrue(t.contains("pid = start_supervised!({Shop.Clock, name: __MODULE__})")
                || t.contains("pid = start_supervised!({Clock, name: __MODULE__})"), t);
        assertTrue(t.contains("send(pid, :tick)"), t);
        assertFalse(t.contains("Process.whereis("), t);
        // %{ticks: _} matched init/1's %{ticks: 0} before the message (a reader: "always matches"): that it
        // handled :tick and runs on is what the test checks
        assertFalse(t.contains("assert %{ticks: _} = :sys.get_state(pid)"), t);
        assertTrue(t.replaceAll("\n\\s*# ", " ").contains("init/1's state already has the fields its clause sets"
                + " (%{ticks: _})"), t);
        assertTrue(t.contains("    :sys.get_state(pid)\n    assert Process.alive?(pid)\n"), t);
    }

    @Test
    void theApplicationsProcessIsOnlyReadAndAComputedReplyIsCheckedForItsKind() {
        String t = testOf("Shop.Sessions");
        assertFalse(t.contains("Sessions.add("), t);
        assertTrue(t.contains("It is the application's running process: the test leaves out add/1, which is"), t);
        assertTrue(t.contains("reply = Sessions.user_ids()\n    assert is_list(reply)"), t);
        assertTrue(t.contains("reply = Sessions.waiting()\n    assert is_integer(reply)"), t);
        assertTrue(t.contains("assert %{users: _, queue: _} = Sessions.sizes()"), t);
    }

    @Test
    void argumentsHaveTheTypesTheClausesAskFor() {
        String t = testOf("Shop.Codec");
        // A guard's integer, options read with opts[:timeout], a struct whose field is read (not called).
        assertTrue(t.contains("Codec.encode(pid, 2)"), t);
        assertTrue(t.contains("Codec.fetch(pid, [])"), t);
        assertFalse(t.contains("Codec.release(pid, \""), t);
        assertTrue(t.contains("release/2 matches what its callers build"), t);
        // A reply computed at run time whose kind the clause fixes.
        assertTrue(t.contains("reply = Codec.locked?(pid, \"key-1\")\n    assert is_boolean(reply)"), t);
    }

    @Test
    void aStartLinkOfSeveralArgumentsNoCodeShowsIsSaidNotKnownNotCalledWithAnEmptyList() {
        String t = testOf("Shop.Conn");
        // Nothing shows what start_link(module, arg) is given: said so, with what a test started that way calls.
        assertTrue(t.contains("its start takes module, arg, which its callers"), t);
        assertTrue(t.contains("a test calls count/1 and asserts their replies."), t);
        assertFalse(t.contains("{Conn, []}"), t);
        assertFalse(t.contains("%{module_arg: module"), t);
    }

    @Test
    void aMessageIsFollowedByNoShapeThatHeldBeforeIt() {
        // %{pending: _, flushed: _}, which init/1 gives and every clause keeps, held before the message too (readers:
        // "always matches init's map"): the test checks that it handled :flush and runs on
        String t = testOf("Shop.Flusher");
        assertTrue(t.contains("send(pid, :flush)"), t);
        assertFalse(t.contains("assert %{pending: _, flushed: _} = :sys.get_state(pid)"), t);
        assertTrue(t.contains("    :sys.get_state(pid)\n    assert Process.alive?(pid)\n"), t);
    }

    /**
     * gristle's Uart.Operator: init/1 gives %{} and handle_info(:loop, ..) reads state.outputs, which a cast adds later:
     * called or sent with init/1's state (nothing else reaches it first), the clause raises KeyError, so the test does
     * neither.
     */
    @Test
    void aClauseThatReadsAFieldInitDoesNotWriteIsNotRunOnInitsState() {
        String t = testOf("Shop.Servo");
        assertFalse(t.contains("Servo.handle_info(:loop"), t);
        assertFalse(t.contains("send(pid, :loop)"), t);
    }

    /** blockscout's RealtimeMetrics: init/1 gives %{}, which matches any map; a reader: "asserts nothing". */
    @Test
    void aStateThatNeverChangesIsNeitherComparedNorMatchedAsAnyMap() {
        // init/1's %{} and a clause that keeps it: before == after and %{} = .. hold whatever it did (readers of
        // wanderer's ZkbDataFetcher and blockscout's migrations: "a tautology")
        String t = testOf("Shop.Metrics");
        assertFalse(t.contains("== state"), t);
        assertFalse(t.contains("assert %{} ="), t);
        assertTrue(t.replaceAll("\n\\s*# ", " ").contains("its state is init/1's %{} whatever the clause does, as no"
                + " clause changes it: the test checks that it handled the message and runs on"), t);
        assertTrue(t.contains("    send(pid, :set_metrics)\n"), t);
        assertTrue(t.contains("    :sys.get_state(pid)\n    assert Process.alive?(pid)\n"), t);
    }

    @Test
    void aTimerMessageThatKeepsTheStateLeavesItAsItIsWhenHandledAgain() {
        // alerts_concierge's SmsOptOutWorker: no call reads what :work does, and init/1's state has no shape.
        String t = testOf("Shop.OptOuts");
        assertTrue(t.contains("send(pid, :work)\n"), t);
        // its state is the interval init/1 read, whatever :work does: no before/after comparison
        assertTrue(t.replaceAll("\n\\s*# ", " ").contains("the test checks that it handled the message and runs on;"
                + " assert what the clause does besides (it calls Shop.Sms.process_opt_outs"), t);
        assertFalse(t.contains("== state"), t);
        assertTrue(t.contains("    :sys.get_state(pid)\n    assert Process.alive?(pid)\n"), t);
    }

    @Test
    void aProcessWithNothingToSendIsCheckedForTheStateInitReturns() {
        // Nothing reaches it before the test looks: init/1's literal values hold.
        String quiet = testOf("Shop.Quiet");
        assertTrue(quiet.contains("assert %{jobs: [], n: 0, mode: :idle} = :sys.get_state(pid)"), quiet);
        // A struct of its own: named by the module's alias, not __MODULE__ (the test's module in the test).
        String jobs = testOf("Shop.Jobs");
        assertTrue(jobs.contains("assert %Jobs{} = :sys.get_state(pid)"), jobs);
        assertFalse(jobs.contains("%__MODULE__{} ="), jobs);
    }

    @Test
    void aParameterTheMessageLacksIsNoAddressWhenTheCallGoesToTheFixedName() {
        // aircloak's LDAP.sync(timeout \\ 5000): the timeout had been taken for the server and given the pid
        String t = testOf("Shop.Syncer");
        assertTrue(t.contains("Syncer.sync(5_000)"), t);
        assertFalse(t.contains("Syncer.sync(pid)"), t);
    }

    @Test
    void aMessageThatStopsItIsSentAndTheExitAwaitedWithItsReason() {
        // anoma's TCP connection: {:tcp_closed, _} stops it normally; the variable it ignores is sent as nil
        String t = testOf("Shop.Link");
        assertTrue(t.contains("test \"stops with :normal on {:tcp_closed, nil}\" do"), t);
        assertTrue(t.contains("    ref = Process.monitor(pid)\n    send(pid, {:tcp_closed, nil})\n"
                + "    assert_receive {:DOWN, ^ref, :process, ^pid, :normal}\n"), t);
    }

    @Test
    void theStructInitBindsIsNoCheckOfAMessage() {
        // %Sanitizer{} holds before :sanitize as after it
        String t = testOf("Shop.Sanitizer");
        assertTrue(t.contains("send(pid, :sanitize)"), t);
        assertFalse(t.contains("assert %Sanitizer{} = :sys.get_state(pid)"), t);
        assertTrue(t.contains("    :sys.get_state(pid)\n    assert Process.alive?(pid)\n"), t);
    }

    @Test
    void aClauseThatRebindsTheStateToAnythingGetsNoShape() {
        String t = testOf("Shop.Loader");
        assertFalse(t.contains("= :sys.get_state(pid)"), t);
        assertTrue(t.contains(":sys.get_state(pid)"), t);
    }

    @Test
    void aComputedReplyOfAFixedTagOrAStringIsCheckedForIt() {
        assertTrue(testOf("Shop.Finder").contains("assert {:ok, _} = Finder.find(pid, "), testOf("Shop.Finder"));
        String codec = testOf("Shop.Codec");
        assertTrue(codec.contains("reply = Codec.encode(pid, 2)\n    assert is_binary(reply)"), codec);
    }
}
