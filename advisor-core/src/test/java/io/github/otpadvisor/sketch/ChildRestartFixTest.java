package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.report.model.ModuleReport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DynamicSupervisor that fits, whose child ends itself with {:stop, :normal, ..} while :permanent (OTP018 on the
 * child): its Implementation names that change, in the child, instead of "nothing to change" (dara-dots'
 * RpsGameSupervisor; a reader: "'no red flags, nothing to change' misses the child spec").
 */
class ChildRestartFixTest {
    @TempDir
    Path root;

    @Test
    void aSupervisorNamesItsChildsRestartChange() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
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
        files.put("lib/shop/game_supervisor.ex", """
                defmodule Shop.GameSupervisor do
                  use DynamicSupervisor
                  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)
                  def init(_arg), do: DynamicSupervisor.init(strategy: :one_for_one)
                  def start_child(game_id), do: DynamicSupervisor.start_child(__MODULE__, {Shop.Game, game_id})
                end
                """);
        files.put("lib/shop/game.ex", """
                defmodule Shop.Game do
                  use GenServer
                  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: {:via, Registry, {Shop.Registry, id}})
                  def init(id) do
                    Process.send_after(self(), :game_over, 60_000)
                    {:ok, %{id: id}}
                  end
                  def handle_info(:game_over, state), do: {:stop, :normal, state}
                end
                """);
        Map<String, ModuleReport> pages = ShopProject.pages(root, files);
        String impl = pages.get("Shop.GameSupervisor").implementation();
        assertTrue(impl.contains("# It has no findings of its own. A child it starts has one about how it is restarted,"
                + " a change\n# in the child:\n\n# OTP018 at lib/shop/game.ex:8: Shop.Game ends itself"), impl);
        assertTrue(impl.contains("# change, in Shop.Game (a child it starts; its report shows the line):\n"
                + "use GenServer, restart: :transient"), impl);
        // the supervisor's own findings are none: the verdict line says so
        assertEquals(0, pages.get("Shop.GameSupervisor").findings().size());
    }
}
