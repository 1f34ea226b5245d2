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
 * A singleton the application runs, started in a way a test cannot copy (neo-scan's {@code worker(Cache, [])}):
 * the test uses the running process, writes under a key of its own and reads it back (what the application
 * stored under its other keys stays as it is); a counter without keys is read first, since the running one
 * holds the application's count: the test counts from where it stands.
 */
class TestSketchLiveRoundTripTest {
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    import Supervisor.Spec, warn: false
                    feed = Application.fetch_env!(:shop, :feed)
                    children = [
                      worker(Shop.PriceCache, []),
                      worker(Shop.Hits, [], shutdown: 1000),
                      worker(Shop.Quotes, [feed])
                    ]
                    Supervisor.start_link(children, strategy: :one_for_one, name: Shop.Supervisor)
                  end
                end
                """);
        FILES.put("lib/shop/price_cache.ex", """
                defmodule Shop.PriceCache do
                  use GenServer
                  def start_link, do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

                  def init(:ok) do
                    :ets.new(__MODULE__, [:set, :named_table, :public, read_concurrency: true])
                    {:ok, %{}}
                  end

                  def set(key, value), do: :ets.insert(__MODULE__, {key, value})

                  def get(key) do
                    case :ets.lookup(__MODULE__, key) do
                      [{^key, result}] -> result
                      _ -> nil
                    end
                  end
                end
                """);
        FILES.put("lib/shop/quotes.ex", """
                defmodule Shop.Quotes do
                  use GenServer
                  def start_link(feed), do: GenServer.start_link(__MODULE__, feed, name: __MODULE__)
                  def init(feed), do: {:ok, %{feed: feed, quotes: %{}}}
                  def put(symbol, price), do: GenServer.call(__MODULE__, {:put, symbol, price})
                  def fetch(symbol), do: GenServer.call(__MODULE__, {:fetch, symbol})
                  def handle_call({:put, symbol, price}, _from, state) do
                    {:reply, :ok, put_in(state.quotes[symbol], price)}
                  end
                  def handle_call({:fetch, symbol}, _from, state), do: {:reply, state.quotes[symbol], state}
                end
                """);
        FILES.put("lib/shop/hits.ex", """
                defmodule Shop.Hits do
                  use GenServer
                  def start_link, do: GenServer.start_link(__MODULE__, 0, name: __MODULE__)
                  def init(n), do: {:ok, n}
                  def hit, do: GenServer.cast(__MODULE__, :hit)
                  def all, do: GenServer.call(__MODULE__, :all)
                  def handle_cast(:hit, n), do: {:noreply, n + 1}
                  def handle_call(:all, _from, n), do: {:reply, n, n}
                end
                """);
    }

    @TempDir
    static Path root;
    private static AnalysisResult result;

    @BeforeAll
    static void analyze() throws IOException {
        result = ShopProject.analyze(root, FILES);
    }

    @Test
    void aKeyedCacheIsWrittenUnderTheTestsOwnKeyAndReadBack() {
        String t = ShopProject.testSketch(result, "Shop.PriceCache");
        // worker(Shop.PriceCache, []) is the map spec Supervisor.Spec builds: start_link/0, no arguments
        assertTrue(t.contains("Process.whereis(PriceCache) ||\n"), t);
        assertTrue(t.contains("start_supervised!(%{id: PriceCache, start: {PriceCache, :start_link, []}})"), t);
        assertTrue(t.contains("PriceCache.set(\"key-1\", 2)\n"), t);
        assertTrue(t.contains("assert PriceCache.get(\"key-1\") == 2\n"), t);
    }

    @Test
    void theRunningCounterIsCountedFromWhereItStands() {
        String t = ShopProject.testSketch(result, "Shop.Hits");
        // worker(Shop.Hits, [], shutdown: 1000): its options go into the map (cog's BusDriver had worker(...) copied
        // into a test that does not import Supervisor.Spec)
        assertFalse(t.contains("worker("), t);
        assertTrue(t.contains("    before = Hits.all()\n    Hits.hit()\n    assert Hits.all() == before + 1\n"), t);
        assertFalse(t.contains("== 1\n"), t);
    }

    @Test
    void aSpecHelperWithTheCallersVariableIsNotCopied() {
        String t = ShopProject.testSketch(result, "Shop.Quotes");
        assertFalse(t.contains("feed]"), t);
        assertTrue(t.contains("test uses the running one"), t);
        assertTrue(t.contains("# Under a key of the test's own: what the application stored under its other keys"), t);
        assertTrue(t.contains("Quotes.put(\"symbol-1\", [])\n"), t);
        assertTrue(t.contains("assert Quotes.fetch(\"symbol-1\") == []\n"), t);
    }
}
