package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OTP011's second shape in the Implementation of a module that fits (dara-dots' TicTacToe, a reader: "init ignores
 * Registry.register's result, so find_game's {:already_started} branch is dead and duplicates are not rejected"):
 * today's start_link, then the same start registering init/1's key with its value, and the line init/1 drops.
 */
class RegisterAtStartTest {
    @TempDir
    Path root;

    @Test
    void theStartRegistersTheKeyInit1RegistersToday() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    children = [
                      {Registry, keys: :unique, name: Shop.Registry},
                      {DynamicSupervisor, strategy: :one_for_one, name: Shop.GameSupervisor}
                    ]
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                end
                """);
        files.put("lib/shop/game.ex", """
                defmodule Shop.Game do
                  use GenServer, restart: :transient
                  def find_game(id) do
                    case DynamicSupervisor.start_child(Shop.GameSupervisor, {__MODULE__, id}) do
                      {:ok, pid} -> pid
                      {:error, {:already_started, pid}} -> pid
                    end
                  end
                  def move(pid, cell), do: GenServer.cast(pid, {:move, cell})
                  def start_link(game_id) do
                    GenServer.start_link(
                      __MODULE__,
                      game_id
                    )
                  end
                  def init(id) do
                    Registry.register(Shop.Registry, {__MODULE__, id}, id)
                    Process.send_after(self(), :expire, 60_000)
                    {:ok, %{id: id, cells: []}}
                  end
                  def handle_cast({:move, cell}, state), do: {:noreply, %{state | cells: [cell | state.cells]}}
                  def handle_info(:expire, state), do: {:stop, :normal, state}
                end
                """);
        AnalysisResult r = ShopProject.analyze(root, files);
        String impl = ElixirSketches.implementation(ShopProject.input(r, "Shop.Game"));
        assertTrue(impl.contains("""
                # before
                def start_link(game_id) do
                  GenServer.start_link(__MODULE__, game_id)
                end
                """), impl);
        // init/1 calls its argument id, start_link game_id: the key is written with start_link's variable
        assertTrue(impl.contains("""
                def start_link(game_id) do
                  GenServer.start_link(__MODULE__, game_id,
                    name: {:via, Registry, {Shop.Registry, {__MODULE__, game_id}, game_id}}
                  )
                end
                """), impl);
        assertTrue(impl.contains("# and in init/1, drop: Registry.register(Shop.Registry, {__MODULE__, id}, id)"), impl);
        assertTrue(Messages.parses(impl), impl);
    }
}
