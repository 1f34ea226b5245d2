package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.assess.Assessor;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.project.ProjectFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A per-entity module that names its processes with a helper of its own ({@code defp via(id)}) keeps using it in every
 * rewrite (issue 11): the sketch adds no second {@code via_tuple/1} next to it, and one that has its own
 * {@code via_tuple/1} does not get another (a def and a defp of one name do not compile).
 */
class ViaHelperReusedTest {
    @TempDir
    Path root;

    private ProjectFacts project() throws IOException {
        Files.writeString(root.resolve("mix.exs"), """
                defmodule Shop.MixProject do
                  use Mix.Project
                  def project, do: [app: :shop, version: "0.1.0"]
                end
                """);
        Files.createDirectories(root.resolve("lib/shop"));
        Files.writeString(root.resolve("lib/shop/room.ex"), """
                defmodule Shop.Room do
                  use GenServer

                  def start_link(room_id), do: GenServer.start_link(__MODULE__, room_id, name: via(room_id))
                  def start(room_id), do: DynamicSupervisor.start_child(Shop.Rooms, {__MODULE__, room_id})
                  def say(room_id, text), do: GenServer.cast(via(room_id), {:say, text})
                  def lines(room_id), do: GenServer.call(via(room_id), :lines)

                  def init(room_id), do: {:ok, %{id: room_id, lines: []}}
                  def handle_cast({:say, text}, state), do: {:noreply, %{state | lines: [text | state.lines]}}
                  def handle_call(:lines, _from, state), do: {:reply, state.lines, state}

                  defp via(room_id), do: {:via, Registry, {Shop.RoomRegistry, room_id}}
                end
                """);
        Files.writeString(root.resolve("lib/shop/lobby.ex"), """
                defmodule Shop.Lobby do
                  use GenServer

                  def start_link(lobby_id), do: GenServer.start_link(__MODULE__, lobby_id, name: via_tuple(lobby_id))
                  def start(lobby_id), do: DynamicSupervisor.start_child(Shop.Rooms, {__MODULE__, lobby_id})
                  def join(lobby_id, who), do: GenServer.call(via_tuple(lobby_id), {:join, who})
                  def init(lobby_id), do: {:ok, %{id: lobby_id, members: []}}
                  def handle_call({:join, who}, _from, state), do: {:reply, :ok, %{state | members: [who | state.members]}}
                  def via_tuple(lobby_id), do: {:via, Registry, {Shop.RoomRegistry, lobby_id}}
                end
                """);
        return SketchCases.project(root);
    }

    @Test
    void everyPerEntityRewriteUsesTodaysHelper() throws IOException {
        ProjectFacts project = project();
        int checked = 0;
        for (String module : new String[] {"Shop.Room", "Shop.Lobby"}) {
            String helper = module.equals("Shop.Room") ? "via" : "via_tuple";
            Assessment a = Assessor.assess(project).of(module).orElseThrow();
            for (Decision d : SketchCases.decisions()) {
                SketchInput in = SketchInput.of(a.withDecision(d), project);
                SketchPlan plan = new SketchPlan(in);
                if (in.code().fits() || !plan.perEntity() || plan.shape == SketchPlan.Shape.DYNAMIC_SUPERVISOR) {
                    continue;
                }
                String impl = ElixirSketches.implementation(in);
                checked++;
                assertFalse(impl.contains("defp via_tuple("), SketchCases.label(d) + "\n" + impl);
                assertTrue(impl.contains(helper + "(" + plan.entityId + ")"), SketchCases.label(d) + "\n" + impl);
                assertTrue(Messages.parses(impl), impl);
            }
        }
        assertTrue(checked >= 4, "per-entity rewrites checked: " + checked);
    }
}
