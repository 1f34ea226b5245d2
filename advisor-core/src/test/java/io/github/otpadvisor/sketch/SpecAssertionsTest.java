package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the fourteenth stop (issue 11): "assert what fetch/2 returns (its reply is computed at run time)"
 * and a bare call was the test of many modules whose functions carry a @spec; the readers counted it as testing
 * nothing. The project's own @spec return type gives what a test can assert.
 */
class SpecAssertionsTest {
    @TempDir
    Path root;

    @Test
    void theSpecGivesTheAssertion() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/prices.ex", """
                defmodule Shop.Prices do
                  use GenServer

                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok)

                  @spec fetch(GenServer.server(), String.t()) :: {:ok, map()} | {:error, term()}
                  def fetch(server, sku), do: GenServer.call(server, {:fetch, sku})

                  @impl true
                  def init(:ok) do
                    Process.send_after(self(), :refresh, 60_000)
                    {:ok, %{prices: %{}}}
                  end

                  @impl true
                  def handle_call({:fetch, sku}, _from, state), do: {:reply, lookup(state.prices, sku), state}

                  @impl true
                  def handle_info(:refresh, state) do
                    Process.send_after(self(), :refresh, 60_000)
                    {:noreply, %{state | prices: Shop.Feed.load()}}
                  end

                  defp lookup(prices, sku) do
                    case Map.fetch(prices, sku) do
                      {:ok, p} -> {:ok, p}
                      :error -> {:error, :unknown}
                    end
                  end
                end
                """);
        AnalysisResult r = ShopProject.analyze(root, files);
        String t = ShopProject.testSketch(r, "Shop.Prices");
        assertTrue(t.contains("# Its @spec says it returns {:ok, map()} | {:error, term()}: the test checks that."), t);
        assertTrue(t.contains("assert match?({:ok, _}, reply) or match?({:error, _}, reply)"), t);
    }

    /**
     * wanderer's MapEventRelay (fresh10): the test passed "since-datetime-1" where the @spec says DateTime.t(); the
     * clause's DateTime.to_unix/2 raised in the running relay. A parameter of a standard type gets a value of it.
     */
    @Test
    void theSpecGivesTheSampleOfAParameterOfAStandardType() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/relay.ex", """
                defmodule Shop.Relay do
                  use GenServer

                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok)

                  @spec events_since(GenServer.server(), String.t(), since :: DateTime.t()) :: [map()]
                  def events_since(server, map_id, since), do: GenServer.call(server, {:since, map_id, since})

                  @impl true
                  def init(:ok) do
                    Process.send_after(self(), :cleanup, 60_000)
                    {:ok, %{events: []}}
                  end

                  @impl true
                  def handle_call({:since, map_id, since}, _from, state) do
                    cutoff = DateTime.to_unix(since, :millisecond)
                    {:reply, Enum.filter(state.events, &(&1.map_id == map_id and &1.at >= cutoff)), state}
                  end

                  @impl true
                  def handle_info(:cleanup, state) do
                    Process.send_after(self(), :cleanup, 60_000)
                    {:noreply, %{state | events: []}}
                  end
                end
                """);
        AnalysisResult r = ShopProject.analyze(root, files);
        String t = ShopProject.testSketch(r, "Shop.Relay");
        assertTrue(t.contains("Relay.events_since(pid, \"map-1\", DateTime.utc_now())"), t);
    }

    /**
     * rube's TokenBuilder, recommended as plain functions: {@code @spec fetch(..) :: fetch_result} with
     * {@code @type fetch_result :: {:ok, token} | {:error, term}}. A reader rated its test, a bare call, 3.
     */
    @Test
    void aTypeOfTheModulesOwnIsWrittenOutAndAFunctionsTestUsesIt() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args), do: Supervisor.start_link([Shop.Builder], strategy: :one_for_one)
                end
                """);
        files.put("lib/shop/builder.ex", """
                defmodule Shop.Builder do
                  use GenServer

                  @type token :: map()
                  @type fetch_result :: {:ok, token} | {:error, term}

                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

                  @spec fetch(String.t(), String.t()) :: fetch_result
                  def fetch(chain_id, address), do: GenServer.call(__MODULE__, {:fetch, chain_id, address})

                  @impl true
                  def init(state), do: {:ok, state}

                  @impl true
                  def handle_call({:fetch, chain_id, address}, _from, state) do
                    case Shop.Chain.read(chain_id, address) do
                      {:ok, token} = ok ->
                        Shop.Store.put(token)
                        {:reply, ok, state}

                      {:error, _reason} = error ->
                        {:reply, error, state}
                    end
                  end
                end
                """);
        AnalysisResult r = ShopProject.analyze(root, files);
        String t = ShopProject.testSketch(r, "Shop.Builder");
        assertTrue(t.contains("test \"fetch/2 works with no process started\""), t);
        assertTrue(t.contains("# Its @spec says it returns {:ok, token} | {:error, term}: the test checks that.\n"
                + "    reply = Builder.fetch(\"chain-1\", \"address-1\")\n"
                + "    assert match?({:ok, _}, reply) or match?({:error, _}, reply)"), t);
    }

    /**
     * rube's FeedIndexer: get/2's @spec says {:ok, feed} | {:error, term}, but on a miss it returns
     * FeedBuilder.fetch/2's :ok (a cast). A reader ran the test that trusted the @spec: it failed. The test accepts :ok
     * and says the @spec leaves it out.
     */
    @Test
    void aReplyThatMayBeACastsOkIsAcceptedAndTheSpecNamed() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args), do: Supervisor.start_link([Shop.Feeds, Shop.FeedBuilder], strategy: :one_for_one)
                end
                """);
        files.put("lib/shop/feed_builder.ex", """
                defmodule Shop.FeedBuilder do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  def fetch(id), do: GenServer.cast(__MODULE__, {:fetch, id})
                  @impl true
                  def init(state), do: {:ok, state}
                  @impl true
                  def handle_cast({:fetch, id}, state) do
                    Shop.Store.put(id, Shop.Chain.read(id))
                    {:noreply, state}
                  end
                end
                """);
        files.put("lib/shop/feeds.ex", """
                defmodule Shop.Feeds do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

                  @spec get(String.t()) :: {:ok, map()} | {:error, term}
                  def get(id), do: GenServer.call(__MODULE__, {:get, id})

                  @impl true
                  def init(state), do: {:ok, state}

                  @impl true
                  def handle_call({:get, id}, _from, state) do
                    result = get_or_fetch(id)
                    {:reply, result, state}
                  end

                  defp get_or_fetch(id) do
                    with {:error, :not_found} <- Shop.Store.find({:feed, id}) do
                      Shop.FeedBuilder.fetch(id)
                    end
                  end
                end
                """);
        // the lookup is given a key built from the id, not the id itself: what a miss answers is not claimed
        // (MissReplyTest has the lookup of the id, whose miss answers the cast's :ok exactly)
        AnalysisResult r = ShopProject.analyze(root, files);
        String t = ShopProject.testSketch(r, "Shop.Feeds");
        assertTrue(t.contains("but its call clause reaches\n    # Shop.FeedBuilder.fetch/1, which only casts"), t);
        assertTrue(t.contains("assert match?(:ok, reply) or match?({:ok, _}, reply) or match?({:error, _}, reply)"), t);
    }

    @Test
    void builtInTypesAtomsAndOwnTypes() {
        assertEquals("is_boolean", SpecKinds.of("boolean()").guard());
        assertEquals("is_integer", SpecKinds.of("non_neg_integer()").guard());
        assertEquals("is_list", SpecKinds.of("[map()]").guard());
        assertEquals(List.of(":ok"), SpecKinds.of(":ok").patterns());
        assertEquals(List.of(":ok", "{:error, _}"), SpecKinds.of(":ok | {:error, term()}").patterns());
        assertNull(SpecKinds.of("fetch_result"));
        assertNull(SpecKinds.of("{:ok, t} | any()"));
    }
}
