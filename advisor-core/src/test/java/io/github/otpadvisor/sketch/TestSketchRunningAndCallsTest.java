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
 * Test sketches that can pass (issue 11, "tests that test"): what the application's tree starts (a Registry, a
 * DynamicSupervisor under its name) is used, not started a second time; the test calls only functions that exist,
 * with their real arity; where today's clause sends to an argument, the test passes the pid it started; where a
 * clause matches a struct, no sample string is passed.
 */
class TestSketchRunningAndCallsTest {
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    children = [
                      {Registry, keys: :unique, name: Shop.ServerRegistry},
                      {DynamicSupervisor, strategy: :one_for_one, name: Shop.Dyn},
                      Shop.StreamSupervisor,
                      Shop.BoardSupervisor,
                      {Shop.Logger, handler_id: :shop_logger}
                    ]
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                end
                """);
        FILES.put("lib/shop/monitor.ex", """
                defmodule Shop.Monitor do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, [])

                  def init(_opts) do
                    Registry.register(Shop.ServerRegistry, "monitor", :monitor)
                    Process.send_after(self(), :check, 1000)
                    {:ok, %{checks: 0}}
                  end

                  def handle_info(:check, state) do
                    Process.send_after(self(), :check, 1000)
                    {:noreply, %{state | checks: state.checks + 1}}
                  end
                end
                """);
        FILES.put("lib/shop/stream_supervisor.ex", """
                defmodule Shop.StreamSupervisor do
                  use DynamicSupervisor
                  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)
                  def init(_arg), do: DynamicSupervisor.init(strategy: :one_for_one)
                  def start_child(id), do: DynamicSupervisor.start_child(__MODULE__, {Shop.Stream, id})

                  def find_stream(id) do
                    case start_child(id) do
                      {:ok, pid} -> pid
                      {:error, {:already_started, pid}} -> pid
                    end
                  end
                end
                """);
        FILES.put("lib/shop/stream.ex", """
                defmodule Shop.Stream do
                  use GenServer
                  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: {:via, Registry, {Shop.ServerRegistry, id}})
                  def init(id), do: {:ok, %{id: id}}
                end
                """);
        FILES.put("lib/shop/board_supervisor.ex", """
                defmodule Shop.BoardSupervisor do
                  use DynamicSupervisor
                  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)
                  def init(_arg), do: DynamicSupervisor.init(strategy: :one_for_one)
                  def start_child(board_id), do: DynamicSupervisor.start_child(__MODULE__, {Shop.Board, board_id})

                  def find_board(board_id) do
                    case start_child(board_id) do
                      {:ok, pid} -> pid
                      {:error, {:already_started, pid}} -> pid
                    end
                  end
                end
                """);
        FILES.put("lib/shop/board.ex", """
                defmodule Shop.Board do
                  use GenServer
                  def start_link(board_id), do: GenServer.start_link(__MODULE__, board_id)
                  def init(board_id) do
                    Registry.register(Shop.ServerRegistry, {__MODULE__, board_id}, board_id)
                    {:ok, %{id: board_id}}
                  end
                end
                """);
        FILES.put("lib/shop/deliveries.ex", """
                defmodule Shop.Deliveries do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
                  def start(provider_id), do: DynamicSupervisor.start_child(Shop.Dyn, {__MODULE__, provider_id: provider_id})
                  def pause(pid), do: GenServer.cast(pid, :pause)
                  def resume(pid), do: GenServer.cast(pid, :resume)

                  def init(opts) do
                    Process.send_after(self(), :poll, 1000)
                    {:ok, %{provider_id: Keyword.fetch!(opts, :provider_id), paused: false}}
                  end

                  def handle_cast(:pause, state), do: {:noreply, %{state | paused: true}}
                  def handle_cast(:resume, state), do: {:noreply, %{state | paused: false}}

                  def handle_info(:poll, state) do
                    Process.send_after(self(), :poll, 1000)
                    {:noreply, state}
                  end
                end
                """);
        FILES.put("lib/shop/reindex.ex", """
                defmodule Shop.Reindex do
                  use GenServer
                  alias Shop.Project
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
                  def perform(%Project{} = project) do
                    GenServer.call(__MODULE__, {:perform, project})
                  end

                  def running?, do: GenServer.call(__MODULE__, :running?)
                  def init(_opts), do: {:ok, %{task: nil}}

                  def handle_call({:perform, project}, _from, state) do
                    task = Task.async(fn -> Shop.Index.run(project) end)
                    {:reply, :ok, %{state | task: task}}
                  end

                  def handle_call(:running?, _from, state), do: {:reply, state.task != nil, state}
                end
                """);
        FILES.put("lib/shop/logger.ex", """
                defmodule Shop.Logger do
                  use GenServer
                  require Logger
                  def start_link(args), do: GenServer.start_link(__MODULE__, args)

                  def init(handler_id: handler_id) do
                    :telemetry.attach(handler_id, [:shop, :sold], &__MODULE__.handle_event/4, [])
                    {:ok, []}
                  end

                  def handle_event(event, measurements, _metadata, _config) do
                    Logger.info(inspect({event, measurements}))
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
    void aRegistryTheApplicationStartsIsUsedNotStartedAgain() {
        String t = testOf("Shop.Monitor");
        assertFalse(t.contains("name: Shop.ServerRegistry"), t);
        assertTrue(t.contains("# Shop.ServerRegistry runs in the application (lib/shop/application.ex:5): the test"
                + " uses it."), t);
    }

    @Test
    void aDynamicSupervisorTheApplicationStartsUnderItsNameIsTheRunningOne() {
        String t = testOf("Shop.StreamSupervisor");
        // the running one first; started only where the test environment leaves it out (a conditional child)
        assertTrue(t.contains("# The application starts it (lib/shop/application.ex:7): the test uses the running one,"
                + " and\n    # starts it where the test environment does not.\n"
                + "    pid = Process.whereis(StreamSupervisor) || start_supervised!("), t);
        // Children its callers started may run: it does not count on none.
        assertFalse(t.contains("active: 0"), t);
    }

    /**
     * dara-dots' RpsGameSupervisor: its own start_child/1 and find_game/1 are what there is to test. The test adds a
     * child with an id of its own, finds it among the children and again through the get-or-start function, and
     * removes it from the running supervisor (a reader: "a find_game twice / same-pid test was the obvious one").
     */
    @Test
    void aDynamicSupervisorsOwnStartAndFindAreCalledAndItsChildRemoved() {
        String t = testOf("Shop.StreamSupervisor");
        assertTrue(t.contains("test \"adds a child per id and finds it again\""), t);
        assertTrue(t.contains("{:ok, child} = StreamSupervisor.start_child(\"id-1\")\n"
                + "    children = for {_, c, _, _} <- DynamicSupervisor.which_children(pid), do: c\n"
                + "    assert child in children\n"), t);
        assertTrue(t.contains("assert StreamSupervisor.find_stream(\"id-1\") == child"), t);
        assertTrue(t.contains("assert :ok = DynamicSupervisor.terminate_child(pid, child)"), t);
        // dara-dots' TicTacToe registers in init/1, not as it starts: a second start of the id starts a second copy
        String board = testOf("Shop.BoardSupervisor");
        assertTrue(board.contains("{:ok, child} = BoardSupervisor.start_child(\"board-1\")"), board);
        assertFalse(board.contains("find_board"), board);
    }

    @Test
    void anArgumentTodaysClauseSendsToIsTheStartedPid() {
        String t = testOf("Shop.Deliveries");
        assertTrue(t.contains("Deliveries.pause(pid)"), t);
        assertTrue(t.contains("pid = start_supervised!("), t);
        assertFalse(t.contains("pause(\""), t);
    }

    @Test
    void aStructArgumentIsNamedNotReplacedByASampleString() {
        String t = testOf("Shop.Reindex");
        assertFalse(t.contains("Reindex.perform(\""), t);
        assertTrue(t.contains("# perform/1 matches what its callers build (def perform(%Project{} = project),\n"
                + "    # lib/shop/reindex.ex:5): call it with such a value and assert its result."), t);
    }

    @Test
    void aFunctionNeitherTodaysModuleNorItsSketchDefinesIsNotCalled() {
        String t = testOf("Shop.Logger");
        assertFalse(t.contains(".run("), t);
        assertFalse(t.contains(".get("), t);
    }
}
