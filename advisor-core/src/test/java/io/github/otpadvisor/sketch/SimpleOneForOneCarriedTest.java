package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.project.Supervision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the thirteenth stop (issue 11): evercam's :simple_one_for_one supervisors were rewritten as
 * DynamicSupervisors that dropped {@code max_restarts: 1_000_000}, the task init/1 starts to bring the workers up at
 * boot and the functions the controllers call ({@code start_worker/1}, {@code update_worker/2}); their test started
 * a second one under the name the application holds; and the template child was "Child 1 of 1, a static child".
 */
class SimpleOneForOneCarriedTest {
    @TempDir
    static Path root;
    private static AnalysisResult result;
    private static final Map<String, String> FILES = Map.of(
                "lib/shop/application.ex", """
                        defmodule Shop.Application do
                          use Application
                          def start(_type, _args) do
                            import Supervisor.Spec
                            children = [supervisor(Shop.Workers, [])]
                            Supervisor.start_link(children, strategy: :one_for_one)
                          end
                        end
                        """,
                "lib/shop/workers.ex", """
                        defmodule Shop.Workers do
                          use Supervisor

                          def start_link, do: Supervisor.start_link(__MODULE__, :ok, name: __MODULE__)

                          def init(:ok) do
                            if Application.get_env(:shop, :start_workers) do
                              Task.start_link(&initiate_workers/0)
                            end
                            children = [worker(Shop.Worker, [], restart: :permanent)]
                            supervise(children, strategy: :simple_one_for_one, max_restarts: 1_000_000)
                          end

                          def start_worker(camera), do: Supervisor.start_child(__MODULE__, [camera])

                          def update_worker(worker, camera), do: Shop.Worker.update(worker, camera)

                          def initiate_workers, do: Enum.each([:a, :b], &start_worker/1)
                        end
                        """,
                "lib/shop/worker.ex", """
                        defmodule Shop.Worker do
                          use GenServer

                          def start_link(camera), do: GenServer.start_link(__MODULE__, camera)
                          def update(pid, camera), do: GenServer.cast(pid, {:update, camera})

                          def init(camera) do
                            Process.send_after(self(), :poll, 1000)
                            {:ok, camera}
                          end

                          def handle_cast({:update, camera}, _state), do: {:noreply, camera}

                          def handle_info(:poll, state) do
                            Process.send_after(self(), :poll, 1000)
                            {:noreply, state}
                          end
                        end
                        """);

    @BeforeAll
    static void analyze() throws IOException {
        result = ShopProject.analyze(root, FILES);
    }

    @Test
    void theRewriteKeepsInitsWorkItsIntensityAndItsFunctions() {
        String impl = ElixirSketches.implementation(ShopProject.input(result, "Shop.Workers"));
        assertTrue(impl.contains("use DynamicSupervisor"), impl);
        assertTrue(impl.contains("""
                    # As today's init/1 runs it:
                    if Application.get_env(:shop, :start_workers) do
                      Task.start_link(&initiate_workers/0)
                    end

                    DynamicSupervisor.init(strategy: :one_for_one, max_restarts: 1_000_000)
                """), impl);
        String flat = impl.replaceAll("\n\\s*# ", " ");
        assertTrue(flat.contains("Unchanged: start_worker/1, update_worker/2, initiate_workers/0 (its functions"
                + " today: they stay as written, a Supervisor.start_child(Shop.Workers, args) in them becomes"
                + " start_child(args))."), impl);
        assertTrue(Messages.parses(impl), impl);
    }

    @Test
    void itsTestTakesTheRunningOne() {
        String t = ShopProject.testSketch(result, "Shop.Workers");
        assertTrue(t.contains("Process.whereis(Workers) ||"), t);
        assertTrue(t.contains("use ExUnit.Case, async: false"), t);
        assertFalse(t.contains("%{active: 0}"), t);
    }

    @Test
    void itsCrashCostSaysInitStartsThemAgainAndItStopsThemAllAtOnce() throws IOException {
        var pages = ShopProject.pages(java.nio.file.Files.createDirectories(root.resolve("pages")), FILES);
        String sup = pages.get("Shop.Workers").toString();
        assertTrue(sup.contains("then its init/1 runs Task.start_link (lib/shop/workers.ex:"), sup);
        assertTrue(sup.contains("A :simple_one_for_one supervisor: on shutdown it stops all its children at once"), sup);
        assertFalse(sup.contains("reverse start order"), sup);
    }

    @Test
    void theTemplatesOwnEntryIsShownWithItsStrategy() {
        String tree = ElixirSketches.childrenEntry(ShopProject.input(result, "Shop.Worker"));
        assertTrue(tree.contains("supervise(children, strategy: :simple_one_for_one)"), tree);
        assertFalse(tree.contains("strategy: :one_for_one"), tree);
    }

    @Test
    void theTemplateChildIsStartedAtRunTime() {
        Supervision s = result.project().supervision("Shop.Worker");
        assertEquals(Supervision.Status.DYNAMIC, s.status(), s.toString());
        assertTrue(result.assessments().of("Shop.Worker").orElseThrow().answers().dynamicChildren());
    }
}
