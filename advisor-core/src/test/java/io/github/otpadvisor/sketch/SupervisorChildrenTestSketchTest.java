package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A supervisor's test looks for the children its list names, and counts them only when the list is read whole:
 * ae_mdw's AsyncTasks.Supervisor adds one consumer per scheduler ({@code ++ consumers()}), and a library child
 * (Task.Supervisor with a name) runs under the id its own child_spec picks.
 */
class SupervisorChildrenTestSketchTest {
    @TempDir
    Path root;

    private static final String PRODUCER = """
            defmodule Shop.Producer do
              use GenServer
              def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
              def init(s), do: {:ok, s}
            end
            defmodule Shop.Consumer do
              use GenServer
              def start_link(_), do: GenServer.start_link(__MODULE__, :ok)
              def init(s), do: {:ok, s}
            end
            """;

    private String testOf(String supervisorInit) throws IOException {
        AnalysisResult r = ShopProject.analyze(root, Map.of(
                "lib/shop/application.ex", """
                        defmodule Shop.Application do
                          use Application
                          def start(_type, _args) do
                            Supervisor.start_link([Shop.Tasks], strategy: :one_for_one)
                          end
                        end
                        """,
                "lib/shop/workers.ex", PRODUCER,
                "lib/shop/tasks.ex", """
                        defmodule Shop.Tasks do
                          use Supervisor
                          def start_link(_), do: Supervisor.start_link(__MODULE__, :ok, name: __MODULE__)
                        """ + supervisorInit + """
                        end
                        """));
        return ShopProject.testSketch(r, "Shop.Tasks");
    }

    @Test
    void aListWithAComprehensionIsSearchedNotCounted() throws IOException {
        String t = testOf("""
                  def init(:ok) do
                    children = [{Task.Supervisor, name: Shop.TaskSup}, Shop.Producer] ++ consumers()
                    Supervisor.init(children, strategy: :one_for_all)
                  end
                  defp consumers do
                    for id <- 1..System.schedulers_online() do
                      %{id: "consumer-#{id}", start: {Shop.Consumer, :start_link, [[]]}}
                    end
                  end
                """);
        assertFalse(t.contains("specs:"), t);
        assertTrue(t.contains("Part of its children list is computed at run time"), t);
        assertTrue(t.contains("assert Shop.Producer in ids"), t);
        assertFalse(t.contains("Task.Supervisor in ids"), "its id is its name, Shop.TaskSup: " + t);
    }

    @Test
    void aListReadWholeIsCountedToo() throws IOException {
        String t = testOf("""
                  def init(:ok) do
                    Supervisor.init([{Task.Supervisor, name: Shop.TaskSup}, Shop.Producer], strategy: :one_for_one)
                  end
                """);
        assertTrue(t.contains("assert %{specs: 2} = Supervisor.count_children(pid)"), t);
        assertTrue(t.contains("assert Shop.Producer in ids"), t);
    }

    @Test
    void anUnnamedSupervisorWhoseChildrenHaveFixedNamesIsCheckedRunning() throws IOException {
        // thundermoon's CounterRealmSupervisor: the application runs it; a second one fails on its children's names
        AnalysisResult r = ShopProject.analyze(root, Map.of(
                "lib/shop/application.ex", """
                        defmodule Shop.Application do
                          use Application
                          def start(_type, _args) do
                            Supervisor.start_link([Shop.Realm], strategy: :one_for_one)
                          end
                        end
                        """,
                "lib/shop/workers.ex", PRODUCER,
                "lib/shop/realm.ex", """
                        defmodule Shop.Realm do
                          use Supervisor
                          alias Shop.Counters.Digits
                          def start_link(opts), do: Supervisor.start_link(__MODULE__, :ok, opts)
                          def init(:ok) do
                            children = [
                              Shop.Producer,
                              {DynamicSupervisor, name: Digits, strategy: :one_for_one}
                            ]
                            Supervisor.init(children, strategy: :rest_for_one)
                          end
                        end
                        """));
        String t = ShopProject.testSketch(r, "Shop.Realm");
        // by its full name: the test has not the supervisor's alias (logflare's Spool.ConsumerSup)
        assertTrue(t.contains("assert is_pid(Process.whereis(Shop.Counters.Digits))"), t);
        assertFalse(t.contains("start_supervised!"), t);
        // nothing names Realm: its alias would be an unused-alias warning
        assertFalse(t.contains("alias Shop.Realm"), t);
    }
    /**
     * logflare's ConsolidatedSup (fresh batch): the application's test children list Logflare.Backends, whose
     * child_spec/1 is delegated to Backends.Supervisor, which lists it; the test started a second one under its name
     * ({@code {:already_started, _}}).
     */
    @Test
    void aSupervisorReachedThroughADelegatedChildSpecIsTheRunningOne() throws IOException {
        AnalysisResult r = ShopProject.analyze(root, Map.of(
                "lib/shop/application.ex", """
                        defmodule Shop.Application do
                          use Application
                          def start(_type, _args) do
                            children = get_children(Application.get_env(:shop, :env))
                            Supervisor.start_link(children, strategy: :one_for_one)
                          end
                          defp get_children(:test), do: [Shop.Backends]
                          defp get_children(_), do: [Shop.Backends, Shop.Endpoint]
                        end
                        """,
                "lib/shop/backends.ex", """
                        defmodule Shop.Backends do
                          defdelegate child_spec(arg), to: __MODULE__.Supervisor
                        end
                        defmodule Shop.Backends.Worker do
                          use GenServer
                          def start_link(_), do: GenServer.start_link(__MODULE__, nil)
                          def init(_), do: {:ok, nil}
                        end
                        defmodule Shop.Backends.Supervisor do
                          use Supervisor
                          def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)
                          def init(_), do: Supervisor.init([Shop.Backends.Pipelines], strategy: :one_for_one)
                        end
                        """,
                "lib/shop/pipelines.ex", """
                        defmodule Shop.Backends.Pipelines do
                          use Supervisor
                          def start_link(args), do: Supervisor.start_link(__MODULE__, args, name: __MODULE__)
                          def init(_args) do
                            children =
                              [{DynamicSupervisor, strategy: :one_for_one, name: Shop.Backends.Pipelines.Dyn}] ++
                                if(Application.get_env(:shop, :env) != :test, do: [Shop.Backends.Worker], else: [])
                            Supervisor.init(children, strategy: :one_for_one)
                          end
                        end
                        """));
        String t = ShopProject.testSketch(r, "Shop.Backends.Pipelines");
        assertTrue(t.contains("Process.whereis(Pipelines) ||"), t);
        // its worker is listed only outside :test: neither counted nor looked for
        assertFalse(t.contains("specs: 2"), t);
        assertFalse(t.contains("Shop.Backends.Worker in ids"), t);
        assertTrue(t.contains("assert Process.whereis(Shop.Backends.Pipelines.Dyn) in children"), t);
        assertTrue(Messages.parses(t), t);
    }
    /**
     * teiserver's Party.System (third fresh batch): its RestorePartyTask is a temporary child whose start returns
     * :ignore, so which_children never lists it; the test looked for its id and failed.
     */
    @Test
    void aTemporaryChildIsNotLookedForAmongTheChildren() throws IOException {
        AnalysisResult r = ShopProject.analyze(root, Map.of(
                "lib/shop/parties.ex", """
                        defmodule Shop.Parties do
                          use Supervisor
                          def start_link(opts), do: Supervisor.start_link(__MODULE__, :ok, opts)
                          def init(:ok) do
                            children = [
                              {Registry, keys: :unique, name: Shop.PartyRegistry},
                              Shop.PartyServer,
                              Shop.RestoreParties
                            ]
                            Supervisor.init(children, strategy: :one_for_one)
                          end
                        end
                        defmodule Shop.PartyServer do
                          use GenServer
                          def start_link(_), do: GenServer.start_link(__MODULE__, nil)
                          def init(_), do: {:ok, nil}
                        end
                        defmodule Shop.RestoreParties do
                          use GenServer, restart: :temporary
                          def start_link(_), do: GenServer.start_link(__MODULE__, nil)
                          def init(_), do: :ignore
                        end
                        """));
        String t = ShopProject.testSketch(r, "Shop.Parties");
        assertTrue(t.contains("assert Shop.PartyServer in ids"), t);
        assertFalse(t.contains("Shop.RestoreParties in ids"), t);
        assertFalse(t.contains("specs: 3"), t);
    }
}
