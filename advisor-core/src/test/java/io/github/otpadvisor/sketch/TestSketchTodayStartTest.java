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
 * The test sketch of a fitting module starts it the way today's code does (issue 11, "tests that test"): the
 * children entry or start_child spec as written, a variable in it as a named placeholder saying who passes it and
 * where, the keys its start fetches; and asserts today's reply where its only clause has a fixed one.
 */
class TestSketchTodayStartTest {
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    children = [
                      {DynamicSupervisor, strategy: :one_for_one, name: Shop.Dyn},
                      {Shop.Buffer, schema: Shop.Log},
                      {Shop.Tracker, check_interval_in_ms: interval}
                    ]
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                end
                """);
        FILES.put("lib/shop/buffer.ex", """
                defmodule Shop.Buffer do
                  use GenServer
                  def start_link(opts) do
                    schema = Keyword.fetch!(opts, :schema)
                    GenServer.start_link(__MODULE__, opts, name: schema)
                  end

                  def init(opts) do
                    Process.send_after(self(), :flush, 1000)
                    {:ok, %{schema: Keyword.fetch!(opts, :schema), rows: []}}
                  end

                  def insert(schema, row), do: GenServer.cast(schema, {:insert, row})
                  def flush(schema), do: GenServer.call(schema, :flush_now)

                  def handle_cast({:insert, row}, state), do: {:noreply, %{state | rows: [row | state.rows]}}

                  def handle_call(:flush_now, _from, state) do
                    Shop.Repo.insert_all(state.schema, state.rows)
                    {:reply, :ok, %{state | rows: []}}
                  end

                  def handle_info(:flush, state) do
                    Shop.Repo.insert_all(state.schema, state.rows)
                    Process.send_after(self(), :flush, 1000)
                    {:noreply, %{state | rows: []}}
                  end
                end
                """);
        FILES.put("lib/shop/manager.ex", """
                defmodule Shop.Manager do
                  use GenServer
                  def start_link(args), do: GenServer.start_link(__MODULE__, args)
                  def init(args), do: {:ok, %{id: args.id, tenants: %{}}}
                  def subscribe(pid, tenant), do: GenServer.call(pid, {:subscribe, tenant})

                  def handle_call({:subscribe, tenant}, _from, state) do
                    {:reply, {:ok, tenant}, %{state | tenants: Map.put(state.tenants, tenant, true)}}
                  end
                end
                """);
        FILES.put("lib/shop/stream.ex", """
                defmodule Shop.Stream do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
                  def init(opts), do: {:ok, %{topic: Keyword.fetch!(opts, :topic), seen: 0}}
                  def seen(pid), do: GenServer.call(pid, :seen)
                  def handle_call(:seen, _from, state), do: {:reply, state.seen, state}
                  def handle_info({:event, _e}, state), do: {:noreply, %{state | seen: state.seen + 1}}
                end
                """);
        FILES.put("lib/shop/tracker.ex", """
                defmodule Shop.Tracker do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

                  def init(opts) do
                    interval = Keyword.fetch!(opts, :check_interval_in_ms)
                    Process.send_after(self(), :check, interval)
                    {:ok, %{interval: interval}}
                  end

                  def handle_info(:check, state), do: {:noreply, state}
                end
                """);
        FILES.put("lib/shop/window.ex", """
                defmodule Shop.Window do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

                  def init(_opts) do
                    Process.send_after(self(), :roll, 1000)
                    {:ok, %{sum: 0, bucket: []}}
                  end

                  def start(party), do: DynamicSupervisor.start_child(Shop.Dyn, {__MODULE__, name: "w_#{party.id}"})

                  def handle_info(:roll, state) do
                    bucket = Enum.take([0 | state.bucket], 10)
                    state = %{state | bucket: bucket, sum: Enum.sum(bucket)}
                    Shop.Cache.put(state)
                    {:noreply, state}
                  end
                end
                """);
        FILES.put("lib/shop/listener.ex", """
                defmodule Shop.Listener do
                  use GenServer
                  def start_link(rooms), do: GenServer.start_link(__MODULE__, rooms, [])
                  def get(pid), do: GenServer.call(pid, :get)
                  def init(rooms), do: {:ok, rooms}
                  def handle_cast({:subscribe, items}, state), do: {:noreply, items ++ state}
                  def handle_info(item, state), do: {:noreply, [item | state]}
                  def handle_call(:get, _from, state), do: {:reply, state, []}
                end
                """);
        FILES.put("lib/shop/ticker.ex", """
                defmodule Shop.Ticker do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

                  def init(_opts) do
                    Process.send_after(self(), :tick, 1000)
                    {:ok, %{ticks: 0, last: nil, pending: []}}
                  end

                  def handle_info(:tick, state) do
                    Process.send_after(self(), :tick, 1000)
                    {:noreply, %{state | ticks: state.ticks + 1, pending: []}}
                  end
                end
                """);
        FILES.put("lib/shop/poller.ex", """
                defmodule Shop.Poller do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
                  def init(_opts), do: {:ok, %{}, {:continue, :start}}

                  def handle_continue(:start, state) do
                    Process.send_after(self(), :poll, 0)
                    {:noreply, state}
                  end

                  def handle_info(:poll, state) do
                    Shop.Repo.refresh_counts()
                    {:noreply, state}
                  end
                end
                """);
        FILES.put("lib/shop/queue.ex", """
                defmodule Shop.Queue do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
                  def init(_opts), do: {:ok, %{items: [1], status: :idle}}
                  def clear(pid), do: GenServer.cast(pid, :clear)
                  def status(pid), do: GenServer.call(pid, :status)
                  def items(pid), do: GenServer.call(pid, :items)
                  def handle_cast(:clear, state), do: {:noreply, %{state | items: [], status: :idle}}
                  def handle_call(:items, _from, state), do: {:reply, state.items, state}
                  def handle_call(:status, _from, state), do: {:reply, state.status, state}
                  def handle_info(:expire, state), do: {:noreply, %{state | items: []}}
                end
                """);
        FILES.put("lib/shop/closer.ex", """
                defmodule Shop.Closer do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

                  def init(opts) do
                    Process.flag(:trap_exit, true)
                    {:ok, opts}
                  end

                  def terminate(_reason, state) do
                    Shop.Repo.close(state)
                  end
                end
                """);
        FILES.put("lib/shop/tenant_supervisor.ex", """
                defmodule Shop.TenantSupervisor do
                  use Supervisor
                  def start_link(args), do: Supervisor.start_link(__MODULE__, args)
                  def start(args), do: DynamicSupervisor.start_child(Shop.Dyn, {__MODULE__, args})

                  def init(args) do
                    manager_args = %{id: args.id, log_level: args.log_level}
                    children = [
                      {Shop.Manager, manager_args}
                    ]
                    Supervisor.init(children, strategy: :one_for_all)
                  end
                end
                """);
    }

    @TempDir
    static Path root;
    private static AnalysisResult result;

    @BeforeEach
    void analyze() throws IOException {
        if (result != null) {
            return;
        }
        result = ShopProject.analyze(root, FILES);
    }

    private static String testOf(String module) {
        return ShopProject.testSketch(result, module);
    }

    @Test
    void aVariableInTodaysEntryIsSaidNotKnownNamingWhoPassesIt() {
        String t = testOf("Shop.Manager");
        // No placeholder of the wrong type and no context key no setup gives: who builds the value, and where.
        assertTrue(t.contains("# Not known from the code how a test starts it: its start takes manager_args, which\n"
                + "  # Shop.TenantSupervisor's children builds (lib/shop/tenant_supervisor.ex:9): a test cannot make\n"
                + "  # it up."), t);
        assertTrue(t.contains("calls subscribe/2 and asserts their replies."), t);
        assertFalse(t.contains("%{manager_args: manager_args}"), t);
        assertFalse(t.contains(":todo_"), t);
        assertFalse(t.contains(", []}"), t);
    }

    @Test
    void aStartChildSpecWrittenInTheModuleNamesIt() {
        String t = testOf("Shop.TenantSupervisor");
        assertTrue(t.contains("DynamicSupervisor.start_child in Shop.TenantSupervisor.start/1"), t);
        // Its own start function is not what a test of the started process calls.
        assertFalse(t.contains("calls start/1"), t);
        assertFalse(t.contains("start_supervised!({Shop.TenantSupervisor, args})"), t);
    }

    @Test
    void aLiteralEntryIsUsedAsWritten() {
        assertTrue(testOf("Shop.Buffer").contains("start_supervised!({Shop.Buffer, schema: Shop.Log})"));
    }

    @Test
    void theKeysItsStartFetchesFromItsCallersAreSaidNotKnown() {
        String t = testOf("Shop.Stream");
        // A topic is its callers' to build: said so, not read from a context no setup fills.
        assertTrue(t.contains("its start takes topic, which its callers build"), t);
        assertFalse(t.contains(", %{topic: topic} do"), t);
        assertTrue(t.contains("a test calls seen/1"), t);
    }

    @Test
    void aFixedReplyIsAssertedInsteadOfAlive() {
        String buffer = testOf("Shop.Buffer");
        assertTrue(buffer.contains("assert :ok = Buffer.flush("), buffer);
        assertFalse(buffer.contains("Process.alive?"), buffer);
    }

    @Test
    void aTimerMessageIsSentAndTheFieldsItsClauseSetsAreAsserted() {
        String t = testOf("Shop.Ticker");
        assertTrue(t.contains("test \"handles :tick and keeps running\""), t);
        assertTrue(t.contains("pid = start_supervised!(Ticker)") || t.contains("pid = start_supervised!({Ticker, []})"), t);
        assertTrue(t.contains("send(pid, :tick)"), t);
        assertTrue(t.contains("assert %{ticks: _, pending: []} = :sys.get_state(pid)"), t);
        assertTrue(t.contains("(lib/shop/ticker.ex:10)"), t);
        assertFalse(t.contains("Process.alive?"), t);
    }

    @Test
    void aMessageThatKeepsTheStateNamesWhatItsClauseCalls() {
        String t = testOf("Shop.Poller");
        assertTrue(t.contains("# What it sends itself (a timer of its callbacks)"), t);
        assertTrue(t.contains("send(pid, :poll)"), t);
        assertTrue(t.contains("Shop.Repo.refresh_counts"), t);
        // its state is init/1's %{} whatever it handles: that it handled :poll and runs on is what is checked
        assertTrue(t.contains("    :sys.get_state(pid)\n    assert Process.alive?(pid)\n"), t);
        assertFalse(t.contains("== state"), t);
    }

    @Test
    void aCastIsObservedByACallReplyingTheFieldItSets() {
        String t = testOf("Shop.Queue");
        assertTrue(t.contains("Queue.clear("), t);
        // The pid it started: the module is reached by pid, not by a name.
        assertTrue(t.contains("pid = start_supervised!({Queue, []})\n\n    Queue.clear(pid)\n"), t);
        assertTrue(t.contains("assert Queue.status(pid) == :idle"), t);
        assertFalse(t.contains("Process.alive?"), t);
        assertFalse(t.contains(":sys.get_state"), t);
    }

    @Test
    void workDoneInTerminateIsTestedByStoppingIt() {
        String t = testOf("Shop.Closer");
        assertTrue(t.contains("terminate/2 (lib/shop/closer.ex:10)"), t);
        assertTrue(t.contains("assert :ok = stop_supervised(Closer)"), t);
        assertFalse(t.contains("Process.alive?"), t);
    }

    @Test
    void aVariableThatIsOneValueOfTheSpecIsNotGivenTheWholeKeywordList() {
        String t = testOf("Shop.Tracker");
        // The application runs it with an interval of its caller's: the test uses that process.
        assertTrue(t.contains("pid = Process.whereis(Tracker)\n    assert is_pid(pid)"), t);
        assertFalse(t.contains("%{interval: interval} do"), t);
        assertFalse(t.contains(":todo_"), t);
        assertFalse(t.contains("interval = [check_interval_in_ms:"), t);
    }

    @Test
    void aSpecBuiltFromItsCallersValueIsSaidNotKnownAndNoOtherVariableIsNamed() {
        String t = testOf("Shop.Window");
        assertFalse(t.contains("it keeps its state"), t);
        // The spec's interpolation is written with a party variable only: no other variable is named.
        assertTrue(t.contains("its start takes party, which"), t);
        assertFalse(t.contains("binary"), t);
    }

    @Test
    void aMessageNoFunctionSendsIsNotCalledAsAFunctionOfAModuleThatStaysAsItIs() {
        String t = testOf("Shop.Listener");
        assertTrue(t.contains("Listener.get(pid)"), t);
        assertFalse(t.contains("Listener.subscribe("), t);
    }
}
