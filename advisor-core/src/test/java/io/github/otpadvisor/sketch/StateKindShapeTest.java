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
 * Read at the eighth stop (issue 11, "tests that test"): the application's running process whose state is a MapSet
 * (accent's AccessTokenUsageWriter) or a map filled later is checked for being one, which every clause keeps; its
 * test asserted nothing. A clause that returns something else leaves the shape unknown.
 */
class StateKindShapeTest {
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    children = [Shop.UsageWriter, Shop.Seen, Shop.Mixed]
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                end
                """);
        FILES.put("lib/shop/usage_writer.ex", """
                defmodule Shop.UsageWriter do
                  use GenServer
                  def start_link(_opts), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                  def track_usage(token_id), do: GenServer.cast(__MODULE__, {:track, token_id})

                  def init(_) do
                    Process.send_after(self(), :flush, 5_000)
                    {:ok, MapSet.new()}
                  end

                  def handle_cast({:track, token_id}, state) do
                    {:noreply, MapSet.put(state, token_id)}
                  end

                  def handle_info(:flush, state) do
                    Shop.Tokens.touch(MapSet.to_list(state))
                    Process.send_after(self(), :flush, 5_000)
                    {:noreply, MapSet.new()}
                  end
                end
                """);
        FILES.put("lib/shop/seen.ex", """
                defmodule Shop.Seen do
                  use GenServer
                  def start_link(_opts), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                  def see(id, at), do: GenServer.cast(__MODULE__, {:see, id, at})
                  def init(_) do
                    :timer.send_interval(60_000, :prune)
                    {:ok, %{}}
                  end
                  def handle_cast({:see, id, at}, state), do: {:noreply, Map.put(state, id, at)}
                  def handle_info(:prune, state), do: {:noreply, Map.drop(state, Shop.Clock.stale(state))}
                end
                """);
        FILES.put("lib/shop/mixed.ex", """
                defmodule Shop.Mixed do
                  use GenServer
                  def start_link(_opts), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                  def add(id), do: GenServer.cast(__MODULE__, {:add, id})
                  def init(_), do: {:ok, MapSet.new()}
                  def handle_cast({:add, id}, state), do: {:noreply, Enum.to_list(MapSet.put(state, id))}
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

    @Test
    void aMapSetEveryClauseKeepsIsAssertedOnTheRunningProcess() {
        String t = ShopProject.testSketch(result, "Shop.UsageWriter");
        assertTrue(t.contains("assert %MapSet{} = :sys.get_state(pid)"), t);
    }

    @Test
    void aMapFilledLaterIsAssertedToBeAMap() {
        String t = ShopProject.testSketch(result, "Shop.Seen");
        assertTrue(t.contains("assert %{} = :sys.get_state(pid)"), t);
    }

    @Test
    void aClauseReturningAnotherKindLeavesTheShapeUnknown() {
        String t = ShopProject.testSketch(result, "Shop.Mixed");
        assertFalse(t.contains("= :sys.get_state(pid)"), t);
    }
}
