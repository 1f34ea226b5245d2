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
 * A cast whose clause sets a field of the state that a call's reply reads is tested by what the call returns before
 * and after it (dara-dots' RockPaperScissors: add_player, then get_player_names; a reader rated its test, which ended
 * at a bare {@code :sys.get_state/1}, as asserting nothing). Calls on a per-entity process address the one the test
 * started: its pid, or the id it was started with.
 */
class ObservedWriteTest {
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    children = [
                      {Registry, keys: :unique, name: Shop.Registry},
                      Shop.GameSupervisor
                    ]
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                end
                """);
        FILES.put("lib/shop/game_supervisor.ex", """
                defmodule Shop.GameSupervisor do
                  use DynamicSupervisor
                  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)
                  def init(_arg), do: DynamicSupervisor.init(strategy: :one_for_one)
                  def start_child(game_id), do: DynamicSupervisor.start_child(__MODULE__, {Shop.Game, game_id})
                  def start_match(game_id), do: DynamicSupervisor.start_child(__MODULE__, {Shop.Match, game_id})
                end
                """);
        FILES.put("lib/shop/game.ex", """
                defmodule Shop.Game do
                  use GenServer

                  def add_player(game_id, player_name, player_id) when is_binary(player_name) do
                    GenServer.cast(via_tuple(game_id), {:add_player, player_name, player_id})
                  end

                  def add_player_by_pid(game_pid, player_name, player_id) when is_binary(player_name) do
                    GenServer.cast(game_pid, {:add_player, player_name, player_id})
                  end

                  def get_player_names(game_id) do
                    GenServer.call(via_tuple(game_id), :get_player_names)
                  end

                  def get_player_names_by_pid(game_pid) do
                    GenServer.call(game_pid, :get_player_names)
                  end

                  def start_link(game_id) do
                    GenServer.start_link(__MODULE__, game_id, name: via_tuple(game_id))
                  end

                  defp via_tuple(id) do
                    {:via, Registry, {Shop.Registry, {__MODULE__, id}}}
                  end

                  @impl GenServer
                  def init(game_id) do
                    {:ok, %{game_id: game_id, player_one_name: nil, player_two_name: nil}}
                  end

                  @impl GenServer
                  def handle_call(:get_player_names, _, game_state) do
                    {:reply, %{one: game_state[:player_one_name], two: game_state[:player_two_name]}, game_state}
                  end

                  @impl GenServer
                  def handle_cast({:add_player, player_name, player_id}, game_state) do
                    new_state =
                      cond do
                        is_nil(game_state[:player_one_name]) ->
                          game_state
                          |> Map.put(:player_one_name, player_name)
                          |> Map.put(:player_one_id, player_id)

                        is_nil(game_state[:player_two_name]) ->
                          Map.put(game_state, :player_two_name, player_name)

                        true ->
                          game_state
                      end

                    {:noreply, new_state}
                  end
                end
                """);
        FILES.put("lib/shop/match.ex", """
                defmodule Shop.Match do
                  use GenServer

                  def add_player(game_id, player_name, player_id) when is_binary(player_name) do
                    GenServer.cast(via_tuple(game_id), {:add_player, player_name, player_id})
                  end


                  def get_player_names(game_id) do
                    GenServer.call(via_tuple(game_id), :get_player_names)
                  end


                  def start_link(game_id) do
                    GenServer.start_link(__MODULE__, game_id, name: via_tuple(game_id))
                  end

                  defp via_tuple(id) do
                    {:via, Registry, {Shop.Registry, {__MODULE__, id}}}
                  end

                  @impl GenServer
                  def init(game_id) do
                    {:ok, %{game_id: game_id, player_one_name: nil, player_two_name: nil}}
                  end

                  @impl GenServer
                  def handle_call(:get_player_names, _, game_state) do
                    {:reply, %{one: game_state[:player_one_name], two: game_state[:player_two_name]}, game_state}
                  end

                  @impl GenServer
                  def handle_cast({:add_player, player_name, player_id}, game_state) do
                    new_state =
                      cond do
                        is_nil(game_state[:player_one_name]) ->
                          game_state
                          |> Map.put(:player_one_name, player_name)
                          |> Map.put(:player_one_id, player_id)

                        is_nil(game_state[:player_two_name]) ->
                          Map.put(game_state, :player_two_name, player_name)

                        true ->
                          game_state
                      end

                    {:noreply, new_state}
                  end
                end
                """);
        FILES.put("lib/shop/table.ex", """
                defmodule Shop.Table do
                  use GenServer
                  @cross "X"

                  def open(table_id), do: DynamicSupervisor.start_child(Shop.GameSupervisor, {__MODULE__, table_id})
                  def turn(pid), do: GenServer.call(pid, :turn)
                  def names(pid), do: GenServer.call(pid, :names)
                  def seat(pid, player_id, player_name), do: GenServer.cast(pid, {:seat, player_id, player_name})
                  def start_link(table_id), do: GenServer.start_link(__MODULE__, table_id)

                  def init(table_id) do
                    initial_state = %{
                      :table_id => table_id,
                      :turn => @cross,
                      :players => %{:circle => {"", ""}}
                    }

                    {:ok, initial_state}
                  end

                  def handle_call(:turn, _, state), do: {:reply, state.turn, state}

                  def handle_call(:names, _, state) do
                    {_, name} = state.players.circle
                    {:reply, %{circle: name}, state}
                  end

                  def handle_cast({:seat, player_id, player_name}, state) do
                    new_state =
                      case state.players.circle do
                        {"", ""} ->
                          %{
                            state
                            | players: Map.put(state.players, :circle, {player_id, player_name})
                          }

                        _ ->
                          state
                      end

                    {:noreply, new_state}
                  end
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
    void aCastThatSetsWhatACallRepliesIsCheckedThroughThatCall() {
        String t = ShopProject.testSketch(result, "Shop.Game");
        assertTrue(t.contains("    before = Game.get_player_names_by_pid(pid)\n"
                + "    Game.add_player_by_pid(pid, \"player-name-1\", \"player-1\")\n"), t);
        assertTrue(t.contains("sets\n    # :player_one_name, :player_two_name from what it is sent"), t);
        assertTrue(t.contains("    assert Game.get_player_names_by_pid(pid) != before\n  end"), t);
        assertFalse(t.contains(":sys.get_state"), t);
    }

    /**
     * dara-dots' TicTacToe: init/1 binds its state map over several lines with {@code :key => value} entries and a
     * module attribute; a read of a field it sets is asserted first, then the write ({@code %{state | players: ..}}
     * split over lines) between two reads of the names.
     */
    @Test
    void theFieldsInit1SetsAreAssertedBeforeTheWriteIsObserved() {
        String t = ShopProject.testSketch(result, "Shop.Table");
        assertTrue(t.contains("# handle_call(:turn, ...) (lib/shop/table.ex:21) replies state.turn, which init/1 sets"
                + " to \"X\".\n    assert Table.turn(pid) == \"X\"\n\n    before = Table.names(pid)\n"
                + "    Table.seat(pid, \"player-1\", \"player-name-1\")\n"), t);
        assertTrue(t.contains("assert Table.names(pid) != before"), t);
    }

    /** A call by id passes the id the test started the process with, not a sample of its own. */
    @Test
    void aCallByIdReachesTheProcessTheTestStarted() {
        String t = ShopProject.testSketch(result, "Shop.Match");
        assertTrue(t.contains("game_id = \"game-1\""), t);
        assertTrue(t.contains("    before = Match.get_player_names(game_id)\n"
                + "    Match.add_player(game_id, \"player-name-1\", \"player-1\")\n"), t);
        assertFalse(t.contains("\"id-1\""), t);
    }
}
