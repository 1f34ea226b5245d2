package io.github.otpadvisor.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.facts.Evidence;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rube's TokenIndexer keeps no state, but its handlers look a token up and, on a miss, wait for TokenBuilder's
 * process to fetch and store it: one caller at a time, so callers that miss one token together fetch it once (a
 * reader: "the one process serializes find-then-fetch ... per-call tasks that all miss would each do the RPC fetch").
 * That is a purpose of its own; a fill that only casts (FeedIndexer's FeedBuilder.fetch) waits for nothing.
 */
class SingleFlightTest {
    @TempDir
    Path dir;

    private static String indexer(String name, String builder) {
        return """
                defmodule Shop.NAME do
                  use GenServer
                  alias Shop.Tokens
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  def get(id), do: GenServer.call(__MODULE__, {:get, id})
                  def init(state), do: {:ok, state}
                  def handle_call({:get, id}, _from, state) do
                    {:reply, get_or_fetch(id), state}
                  end
                  defp get_or_fetch(id) do
                    with {:error, :not_found} <- Tokens.find(id) do
                      Tokens.BUILDER.fetch(id)
                    end
                  end
                end
                """.replace("NAME", name).replace("BUILDER", builder);
    }

    private static final String REST = """
            defmodule Shop.Tokens do
              def find(id), do: Shop.Tokens.Store.find(id)
            end
            defmodule Shop.Tokens.Builder do
              use GenServer
              def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
              def fetch(id), do: GenServer.call(__MODULE__, {:fetch, id})
              def init(s), do: {:ok, s}
              def handle_call({:fetch, id}, _from, s) do
                token = Shop.Remote.token(id)
                Shop.Tokens.Store.put(token)
                {:reply, {:ok, token}, s}
              end
            end
            defmodule Shop.Tokens.CastBuilder do
              use GenServer
              def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
              def fetch(id), do: GenServer.cast(__MODULE__, {:fetch, id})
              def init(s), do: {:ok, s}
              def handle_cast({:fetch, id}, s) do
                Shop.Tokens.Store.put(Shop.Remote.token(id))
                {:noreply, s}
              end
            end
            """;

    @Test
    void aMissThatWaitsForTheFetchIsFetchedOnce() {
        ProjectFacts p = SupervisionSources.link(dir, "shop", indexer("Indexer", "Builder") + REST);
        PropertyValue v = p.processModule("Shop.Indexer").orElseThrow().properties().get(Property.SERIALIZED_IO);
        assertTrue(v.value(), v.toString());
        List<String> texts = v.evidence().stream().map(Evidence::text).toList();
        assertEquals(List.of("handle_call/3 calls Shop.Indexer.get_or_fetch/1, which fetches with"
                + " Shop.Tokens.Builder.fetch/1 only when Shop.Tokens.find/1 misses, and Shop.Tokens.Builder.fetch/1"
                + " calls Shop.Tokens.Builder's process and waits for its reply: callers that miss one key together"
                + " fetch it once (one caller at a time)"), texts);
        assertEquals(11, v.evidence().get(0).line(), "the evidence points at the with");
    }

    @Test
    void aFillThatOnlyCastsGuaranteesNothing() {
        ProjectFacts p = SupervisionSources.link(dir, "shop", indexer("Indexer", "CastBuilder") + REST);
        PropertyValue v = p.processModule("Shop.Indexer").orElseThrow().properties().get(Property.SERIALIZED_IO);
        assertFalse(v.value(), v.toString());
    }

    @Test
    void aCaseWithANilBranchIsAMissToo() {
        ProjectFacts p = SupervisionSources.link(dir, "shop", """
                defmodule Shop.Indexer do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  def init(state), do: {:ok, state}
                  def handle_call({:get, id}, _from, state) do
                    reply =
                      case Shop.Cache.get(id) do
                        nil -> Shop.Tokens.Builder.fetch(id)
                        token -> {:ok, token}
                      end
                    {:reply, reply, state}
                  end
                end
                """ + REST);
        PropertyValue v = p.processModule("Shop.Indexer").orElseThrow().properties().get(Property.SERIALIZED_IO);
        assertTrue(v.value(), v.toString());
        assertTrue(v.evidence().get(0).text().startsWith("handle_call/3 fetches with Shop.Tokens.Builder.fetch/1"
                + " only when Shop.Cache.get/1 misses"), v.evidence().get(0).text());
    }
}
