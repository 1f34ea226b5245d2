package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the project's own test starts the module with what its setup builds, the sketch's test starts it the same
 * way, with that test's setups, helpers and lines copied as written, and asserts on its operations (readers of the
 * fresh batches capped each report that only pointed at the project's test at 3: "asserts nothing").
 */
class OwnSetupTestSketchTest {
    @TempDir
    Path root;

    private static final String WRITER = """
            defmodule Shop.Writer do
              use GenServer
              def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
              def count(pid), do: GenServer.call(pid, :count)
              def add(pid, n), do: GenServer.cast(pid, {:add, n})
              def init(opts) do
                Process.send_after(self(), :flush, 1_000)
                {:ok, %{source: Keyword.fetch!(opts, :source), count: 0}}
              end
              def handle_call(:count, _from, state), do: {:reply, state.count, state}
              def handle_cast({:add, n}, state), do: {:noreply, %{state | count: state.count + n}}
              def handle_info(:flush, state) do
                Process.send_after(self(), :flush, 1_000)
                {:noreply, %{state | count: 0}}
              end
            end
            """;

    @Test
    void aStartInTheProjectsTestIsCopiedWithItsSetupAndTheLinesBeforeIt() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/writer.ex", WRITER);
        files.put("test/shop/writer_test.exs", """
                defmodule Shop.WriterTest do
                  use ExUnit.Case
                  alias Shop.Writer
                  alias Shop.Unused
                  alias Shop.Sources.Maker

                  setup do
                    source = make_source(Maker.id())
                    {:ok, source: source}
                  end

                  test "starts", %{source: source} do
                    name = "w1"
                    {:ok, pid} = Writer.start_link(source: source, name: name)
                    assert is_pid(pid)
                  end

                  defp make_source(id), do: %{id: id}
                end
                """);
        String t = ShopProject.pages(root, files).get("Shop.Writer").testSketch();
        assertTrue(Messages.parses(t), t);
        assertTrue(t.contains("  # Set up as the project's own test does (test/shop/writer_test.exs:14), its code as"
                + " written.\n  setup do\n    source = make_source(Maker.id())\n    {:ok, source: source}\n  end\n"), t);
        assertTrue(t.contains(", %{source: source} do\n    name = \"w1\"\n\n    {:ok, pid} ="
                + " Writer.start_link(source: source, name: name)\n"), t);
        assertTrue(t.contains("  defp make_source(id), do: %{id: id}\nend"), t);
        assertTrue(t.contains("assert "), t);
        assertFalse(t.contains("Not written here"), t);
        // its setup may act on what every test shares: not async
        assertTrue(t.contains("use ExUnit.Case, async: false"), t);
        // the aliases the copied code uses come along; an unused one would be a compile warning
        assertTrue(t.contains("  alias Shop.Sources.Maker\n"), t);
        assertFalse(t.contains("Shop.Unused"), t);
    }

    @Test
    void aStartInTheProjectsSetupGivesTheTestItsPid() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/writer.ex", WRITER);
        files.put("test/shop/writer_test.exs", """
                defmodule Shop.WriterTest do
                  use ExUnit.Case

                  setup do
                    source = %{id: 1}
                    pid = start_supervised!({Shop.Writer, source: source})
                    {:ok, pid: pid, source: source}
                  end

                  test "counts", %{pid: pid} do
                    assert Shop.Writer.count(pid) == 0
                  end
                end
                """);
        String t = ShopProject.pages(root, files).get("Shop.Writer").testSketch();
        assertTrue(Messages.parses(t), t);
        assertTrue(t.contains("    pid = start_supervised!({Shop.Writer, source: source})\n"), t);
        assertTrue(t.contains(", %{pid: pid} do\n"), t);
        assertTrue(t.contains("assert "), t);
        assertFalse(t.contains("Not written here"), t);
    }
    @Test
    void aResultMatchedOnItsOwnLineIsBoundToPidWithTheCallsLinesInPlace() throws Exception {
        // elixir's PartitionSupervisor test: {:ok, _} =\n PartitionSupervisor.start_link(\n ..\n )
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/writer.ex", WRITER);
        files.put("test/shop/writer_test.exs", """
                defmodule Shop.WriterTest do
                  use ExUnit.Case

                  test "starts", config do
                    {:ok, _} =
                      Shop.Writer.start_link(
                        source: config.test,
                        name: config.test
                      )
                  end
                end
                """);
        String t = ShopProject.pages(root, files).get("Shop.Writer").testSketch();
        assertTrue(Messages.parses(t), t);
        assertTrue(t.contains(", config do\n    {:ok, pid} = Shop.Writer.start_link(\n      source: config.test,\n"
                + "      name: config.test\n    )\n"), t);
    }
    /**
     * logflare's CircuitBreaker: check/1 takes the backend struct its callers build, which no sample fits; the
     * project's setup builds one under that name, so the test passes it.
     */
    @Test
    void anOperationTakesWhatTheProjectsSetupBuiltUnderItsParametersName() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/breaker.ex", """
                defmodule Shop.Breaker do
                  use GenServer
                  def start_link(%Shop.Backend{} = backend), do: GenServer.start_link(__MODULE__, backend, name: __MODULE__)
                  def check(%Shop.Backend{} = backend), do: GenServer.call(__MODULE__, {:check, backend.id})
                  def init(backend) do
                    Process.send_after(self(), :reset, 60_000)
                    {:ok, %{backend: backend, failures: 0}}
                  end
                  def trip(%Shop.Backend{id: id}), do: GenServer.call(__MODULE__, {:trip, id})
                  def get_state(%Shop.Backend{id: id}), do: get_state(id)
                  def get_state(id) when is_integer(id) do
                    case Registry.lookup(Shop.Reg, id) do
                      [{pid, _}] -> GenServer.call(pid, :get_state)
                      [] -> nil
                    end
                  end
                  def handle_call(:get_state, _from, state), do: {:reply, state, state}
                  def handle_call({:check, _id}, _from, state), do: {:reply, :ok, state}
                  def handle_call({:trip, _id}, _from, state), do: {:reply, :tripped, state}
                  def handle_info(:reset, state), do: {:noreply, %{state | failures: 0}}
                end
                """);
        files.put("test/shop/breaker_test.exs", """
                defmodule Shop.BreakerTest do
                  use ExUnit.Case

                  setup do
                    [backend: %Shop.Backend{id: 1}]
                  end

                  test "checks", %{backend: backend} do
                    start_supervised!({Shop.Breaker, backend})
                    assert :ok = Shop.Breaker.check(backend)
                  end
                end
                """);
        String t = ShopProject.pages(root, files).get("Shop.Breaker").testSketch();
        assertTrue(Messages.parses(t), t);
        assertTrue(t.contains("assert :ok = Breaker.check(backend)"), t);
        // %Shop.Backend{id: id} binds no name: a backend is what the test calls such a value
        assertTrue(t.contains("assert :tripped = Breaker.trip(backend)"), t);
        assertTrue(!t.contains("get_state(pid)"), t);
        // nothing after the start uses the pid: an unused variable fails a --warnings-as-errors build
        assertTrue(t.contains("_pid = start_supervised!({Shop.Breaker, backend})"), t);
    }
    /**
     * blockscout's migrators: init/1 returns :ignore unless a block exists; the project's own test inserts one before
     * its start. The sketch said "give the test environment what makes it start" and started it: :undefined.
     */
    @Test
    void aStartThatIsIgnoredUnlessTheProjectsTestPreparesItIsPreparedTheSameWay() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/migrator.ex", """
                defmodule Shop.Migrator do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
                  def done?, do: GenServer.call(__MODULE__, :done?)
                  def init(_opts) do
                    if Shop.Store.ready?() do
                      Process.send_after(self(), :migrate, 0)
                      {:ok, %{done: false}}
                    else
                      :ignore
                    end
                  end
                  def handle_call(:done?, _from, state), do: {:reply, state.done, state}
                  def handle_info(:migrate, state), do: {:noreply, %{state | done: true}}
                end
                """);
        files.put("test/shop/migrator_test.exs", """
                defmodule Shop.MigratorTest do
                  use ExUnit.Case
                  alias Shop.{Migrator, Store}

                  test "migrates" do
                    Store.prepare()
                    token = Store.insert_token("a &amp; b")
                    Migrator.start_link([])
                    Process.sleep(100)
                    assert Shop.Migrator.done?()
                  end
                end
                """);
        String t = ShopProject.pages(root, files).get("Shop.Migrator").testSketch();
        assertTrue(Messages.parses(t), t);
        assertTrue(t.contains("    Store.prepare()\n"), t);
        // the project's test read the token after its start; this one does not: an unused variable is a warning
        assertTrue(t.contains("    _token = Store.insert_token(\"a &amp; b\")\n"), t);
        // the project's multi-alias brings the module in: no second alias of it
        assertTrue(t.contains("  alias Shop.{Migrator, Store}\n"), t);
        assertFalse(t.contains("alias Shop.Migrator\n"), t);
        assertFalse(t.contains("give the test environment what makes it start"), t);
    }
    /** logflare's SourceSupWorker test: start_supervised (no bang) returns {:ok, pid}; "pid = " bound the tuple. */
    @Test
    void aStartSupervisedWithoutBangBindsThePidInItsOkTuple() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/writer.ex", WRITER);
        files.put("test/shop/writer_test.exs", """
                defmodule Shop.WriterTest do
                  use ExUnit.Case

                  test "starts", %{test: name} do
                    source = %{id: name}
                    start_supervised({Shop.Writer, source: source})
                  end
                end
                """);
        String t = ShopProject.pages(root, files).get("Shop.Writer").testSketch();
        assertTrue(Messages.parses(t), t);
        assertTrue(t.contains("    {:ok, pid} = start_supervised({Shop.Writer, source: source})\n"), t);
    }
}
