package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Supervisor with {@code strategy: :simple_one_for_one} (phoenix-trello's BoardChannel.Supervisor) starts its
 * children at runtime: a DynamicSupervisor, sketched with the child it has and the start_child shape its callers use,
 * not an invented worker and Registry.
 */
class SimpleOneForOneTest {
    @TempDir
    Path root;
    private AnalysisResult result;

    @BeforeEach
    void analyze() throws IOException {
        result = ShopProject.analyze(root, Map.of(
                "lib/shop/application.ex", """
                        defmodule Shop.Application do
                          use Application
                          def start(_type, _args) do
                            Supervisor.start_link([Shop.Boards], strategy: :one_for_one)
                          end
                        end
                        """,
                "lib/shop/boards.ex", """
                        defmodule Shop.Boards do
                          use Supervisor
                          def start_link(_), do: Supervisor.start_link(__MODULE__, :ok, name: __MODULE__)
                          def init(:ok) do
                            children = [worker(Shop.Board, [], restart: :temporary)]
                            supervise(children, strategy: :simple_one_for_one)
                          end
                        end
                        defmodule Shop.Board do
                          use GenServer
                          def start_link(id), do: GenServer.start_link(__MODULE__, id)
                          def open(id), do: Supervisor.start_child(Shop.Boards, [id])
                          def init(id), do: {:ok, %{id: id, users: []}}
                          def handle_call(:users, _from, state), do: {:reply, state.users, state}
                        end
                        """));
    }

    @Test
    void itIsADynamicSupervisorAndQ5SaysYes() {
        Assessment a = result.assessments().of("Shop.Boards").orElseThrow();
        assertEquals(Pattern.DYNAMIC_SUPERVISOR, a.decision().abstraction(), a.decision().rationale());
        assertEquals(Verdict.SIMPLER_ALTERNATIVE, a.verdict());
        assertTrue(a.answers().dynamicChildren());
        assertTrue(a.decision().rationale().startsWith("Its strategy is :simple_one_for_one (lib/shop/boards.ex:"),
                a.decision().rationale());
    }

    @Test
    void theSketchCarriesItsChildAndInventsNothing() {
        String impl = ElixirSketches.implementation(ShopProject.input(result, "Shop.Boards"));
        assertTrue(impl.contains("use DynamicSupervisor"), impl);
        assertTrue(impl.contains("spec = %{id: Shop.Board, start: {Shop.Board, :start_link, args}, restart: :temporary}"),
                impl);
        assertFalse(impl.contains("Registry"), impl);
        assertFalse(impl.contains("Shop.Worker"), impl);
        assertTrue(Messages.parses(impl), impl);
        String test = ShopProject.testSketch(result, "Shop.Boards");
        // The application starts it under its name, which the sketch keeps: the test takes the running one.
        assertTrue(test.contains("pid = Process.whereis(Boards) || start_supervised!(Shop.Boards)"), test);
        assertTrue(test.contains("assert %{active: _} = DynamicSupervisor.count_children(pid)"), test);
        assertTrue(test.contains("use ExUnit.Case, async: false"), test);
        assertFalse(test.contains("Registry"), test);
    }
}
