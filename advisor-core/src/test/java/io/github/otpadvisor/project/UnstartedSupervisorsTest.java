package io.github.otpadvisor.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dara-dots' PongGame (fresh9, rated 2): the report put it under PongGameSupervisor, restarted by it, but nothing
 * starts that supervisor and nothing calls its start_child/1; PongPlayerQueue starts each game with PongGame.start/1
 * (GenServer.start, outside any supervisor). A start_child under a supervisor nothing starts is not where its child
 * sits.
 */
class UnstartedSupervisorsTest {
    @TempDir
    Path dir;

    private static final String MODULES = """
            defmodule Shop.GameSupervisor do
              use DynamicSupervisor
              def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)
              def init(_), do: DynamicSupervisor.init(strategy: :one_for_one)
              def start_child(game_id), do: DynamicSupervisor.start_child(__MODULE__, {Shop.Game, game_id})
            end
            defmodule Shop.Game do
              use GenServer
              def start(game_id), do: GenServer.start(__MODULE__, game_id)
              def init(game_id), do: {:ok, %{id: game_id}}
            end
            defmodule Shop.Queue do
              use GenServer
              def start_link(_), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)
              def init(q), do: {:ok, q}
              def handle_cast({:add, id}, q) do
                {:ok, _} = Shop.Game.start(id)
                {:noreply, [id | q]}
              end
            end
            """;

    @Test
    void aStartChildUnderASupervisorNothingStartsIsNotWhereItSits() {
        ProjectFacts p = SupervisionSources.link(dir, "app", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args), do: Supervisor.start_link([Shop.Queue], strategy: :one_for_one)
                end
                """ + MODULES);
        Supervision s = p.supervision("Shop.Game");
        assertEquals(Supervision.Status.NONE, s.status(), s.toString());
        assertTrue(s.why().contains("Shop.Queue.handle_cast/2"), s.toString());
        assertTrue(s.why().contains("names Shop.GameSupervisor, which nothing starts"), s.toString());
        assertTrue(p.processModule("Shop.Game").orElseThrow().dynamicStarts().isEmpty());
    }

    /** A library's supervisors are started by its users: without an Application module the start_child stands. */
    @Test
    void aLibrarysSupervisorIsStartedByItsUsers() {
        ProjectFacts p = SupervisionSources.link(dir, "app", MODULES);
        Supervision s = p.supervision("Shop.Game");
        assertEquals(Supervision.Status.DYNAMIC, s.status(), s.toString());
        assertEquals("Shop.GameSupervisor", s.parent());
    }
}
