package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.report.model.ModuleReport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test's sample ids are ones nothing has: where the code looks them up first, the test asserts what a miss gives
 * (readers of rube's PairBuilder and FeedIndexer: a test that only calls the function, or "accepts every result get
 * can return", asserts nothing).
 */
class MissReplyTest {
    @TempDir
    Path root;

    private Map<String, ModuleReport> pages() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    Supervisor.start_link([Shop.Builder, Shop.Indexer, Shop.Pairs, Shop.Feeds, Shop.FeedBuilder],
                      strategy: :one_for_one)
                  end
                end
                """);
        files.put("lib/shop/builder.ex", """
                defmodule Shop.Builder do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  @spec fetch(term) :: {:ok, map} | {:error, term}
                  def fetch(id), do: GenServer.call(__MODULE__, {:fetch, id})
                  @impl true
                  def init(state), do: {:ok, state}
                  @impl true
                  def handle_call({:fetch, id}, _from, state) do
                    case fetch_token(id) do
                      {:ok, token} = ok ->
                        Shop.Store.put(token)
                        {:reply, ok, state}
                      {:error, _} = error ->
                        {:reply, error, state}
                    end
                  end
                  defp fetch_token(id) do
                    with {:ok, chain} <- Shop.Chains.find(id),
                         {:ok, symbol} <- Shop.Remote.symbol(chain) do
                      {:ok, %{id: id, symbol: symbol}}
                    end
                  end
                end
                """);
        files.put("lib/shop/indexer.ex", """
                defmodule Shop.Indexer do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  def get(id), do: GenServer.call(__MODULE__, {:get, id})
                  @impl true
                  def init(state), do: {:ok, state}
                  @impl true
                  def handle_call({:get, id}, _from, state), do: {:reply, get_or_fetch(id), state}
                  defp get_or_fetch(id) do
                    with {:error, :not_found} <- Shop.Store.find(id) do
                      Shop.Builder.fetch(id)
                    end
                  end
                end
                """);
        files.put("lib/shop/feeds.ex", """
                defmodule Shop.Feeds do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  @spec get(term) :: {:ok, map} | {:error, term}
                  def get(id), do: GenServer.call(__MODULE__, {:get, id})
                  @impl true
                  def init(state), do: {:ok, state}
                  @impl true
                  def handle_call({:get, id}, _from, state), do: {:reply, get_or_fetch(id), state}
                  defp get_or_fetch(id) do
                    with {:error, :not_found} <- Shop.FeedStore.find(id) do
                      Shop.FeedBuilder.fetch(id)
                    end
                  end
                end
                """);
        files.put("lib/shop/feed_builder.ex", """
                defmodule Shop.FeedBuilder do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  def fetch(id) do
                    GenServer.cast(__MODULE__, {:fetch, id})
                  end
                  @impl true
                  def init(state), do: {:ok, state}
                  @impl true
                  def handle_cast({:fetch, id}, state) do
                    Shop.FeedStore.put(Shop.Remote.feed(id))
                    {:noreply, state}
                  end
                end
                """);
        return ShopProject.pages(root, files);
    }

    @Test
    void aWithThatStopsAtItsFirstLookupGivesTheSpecsError() throws Exception {
        String t = pages().get("Shop.Builder").testSketch();
        assertTrue(Messages.parses(t), t);
        assertTrue(t.contains("# The test's id is one nothing has: Shop.Chains.find/1 misses it (lib/shop/builder.ex:19), so"
                + "\n    # the with there stops with the {:error, _} its @spec gives.\n"
                + "    assert {:error, _} = Builder.fetch("), t);
    }

    @Test
    void aMissThatWaitsForAFetchThatMissesIsNotOk() throws Exception {
        String t = pages().get("Shop.Indexer").testSketch();
        assertTrue(Messages.parses(t), t);
        assertTrue(t.contains("Shop.Store.find/1 misses it (lib/shop/indexer.ex:10), and so\n    # does the fetch it then"
                + " waits for, Shop.Builder.fetch/1: Shop.Chains.find/1 misses it\n    # (lib/shop/builder.ex:19)"), t);
        assertTrue(t.contains("refute match?({:ok, _}, Indexer.get("), t);
    }

    @Test
    void aMissThatCastsRepliesTheCastsOk() throws Exception {
        String t = pages().get("Shop.Feeds").testSketch();
        assertTrue(Messages.parses(t), t);
        assertTrue(t.contains("and\n    # the reply is what the cast after it returns, :ok, which its @spec ({:ok, map} | {:error,\n"
                + "    # term}) leaves out."), t);
        assertTrue(t.contains("assert :ok = Feeds.get("), t);
    }
}
