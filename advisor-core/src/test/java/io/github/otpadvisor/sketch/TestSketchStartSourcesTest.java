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
 * Where a test gets its start from: a children entry a supervisor builds per element ({@code %{id: .., start: {M,
 * :start_link, [p]}}} in an {@code Enum.map}, tai's ProcessOrderBook) is today's start, whose value a test cannot make
 * up (no {@code []} in its place), and so is Supervisor.Spec's {@code worker(M, [queues], id: M)}; a library whose application starts nothing (alchemy: its users' code starts its
 * Client) runs none of its supervisors' children in its own tests.
 */
class TestSketchStartSourcesTest {
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("lib/shop/client.ex", """
                defmodule Shop.Client do
                  use Supervisor
                  def start(token, products), do: Supervisor.start_link(__MODULE__, {token, products}, name: __MODULE__)

                  def init({_token, products}) do
                    books =
                      Enum.map(products, fn p ->
                        %{id: {:book, p.venue_id, p.symbol}, start: {Shop.Book, :start_link, [p]}}
                      end)

                    Supervisor.init([Shop.Cache | books], strategy: :one_for_one)
                  end
                end
                """);
        FILES.put("lib/shop/cache.ex", """
                defmodule Shop.Cache do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)
                  def init(s), do: {:ok, s}
                  def put(key, value), do: GenServer.call(__MODULE__, {:put, key, value})
                  def fetch(key), do: GenServer.call(__MODULE__, {:fetch, key})
                  def handle_call({:put, key, value}, _from, s), do: {:reply, :ok, Map.put(s, key, value)}
                  def handle_call({:fetch, key}, _from, s), do: {:reply, Map.get(s, key), s}
                end
                """);
        FILES.put("lib/shop/legacy.ex", """
                defmodule Shop.Legacy do
                  use Supervisor
                  import Supervisor.Spec
                  def start_link(queues), do: Supervisor.start_link(__MODULE__, queues, name: __MODULE__)

                  def init(queues) do
                    children = [worker(Shop.Manager, [queues], id: Shop.Manager)]
                    supervise(children, strategy: :one_for_one)
                  end
                end
                """);
        FILES.put("lib/shop/manager.ex", """
                defmodule Shop.Manager do
                  use GenServer
                  def start_link(queues), do: GenServer.start_link(__MODULE__, queues, name: __MODULE__)
                  def init(queues), do: {:ok, %{queues: queues}}
                  def status, do: GenServer.call(__MODULE__, :status)
                  def handle_call(:status, _from, s), do: {:reply, s.queues, s}
                end
                """);
        FILES.put("lib/shop/book.ex", """
                defmodule Shop.Book do
                  use GenServer
                  def start_link(product), do: GenServer.start_link(__MODULE__, product)
                  def init(product), do: {:ok, %{venue: product.venue_id, levels: %{}}}
                  def handle_cast({:snapshot, data}, s), do: {:noreply, %{s | levels: data}}
                end
                """);
    }

    @TempDir
    static Path root;
    private static AnalysisResult result;

    @BeforeAll
    static void analyze() throws IOException {
        result = ShopProject.analyze(root, FILES); // its mix.exs names Shop.Application, which does not exist
    }

    @Test
    void anEntryBuiltPerElementIsTodaysStartAndItsValueIsTheCallers() {
        String t = ShopProject.testSketch(result, "Shop.Book");
        assertTrue(t.contains("# Not known from the code how a test starts it: its start takes p, which Shop.Client's"
                + " children\n  # builds (lib/shop/client.ex:8): a test cannot make it up."), t);
        assertFalse(t.contains("{Book, []}"), t);
    }

    @Test
    void aSupervisorSpecWorkerPassingTheCallersValueIsTodaysStart() {
        String t = ShopProject.testSketch(result, "Shop.Manager");
        assertTrue(t.contains("# Not known from the code how a test starts it: its start takes queues, which"
                + " Shop.Legacy's"), t);
        assertFalse(t.contains("calls worker/3"), t);
        assertFalse(t.contains("{Manager, []}"), t);
    }

    @Test
    void whatALibrarysOwnSupervisorStartsIsNotRunningInItsTests() {
        String t = ShopProject.testSketch(result, "Shop.Cache");
        assertFalse(t.contains("The application starts it"), t);
        assertFalse(t.contains("Process.whereis"), t);
        assertTrue(t.contains("start_supervised!("), t);
        assertTrue(t.contains("async: true"), t);
    }
}
