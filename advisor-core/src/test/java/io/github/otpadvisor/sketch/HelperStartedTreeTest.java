package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.ModuleSummary;
import io.github.otpadvisor.project.Supervision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the seventh stop (issue 11): wocky's application builds its children in a private function that
 * start/2 picks by configuration and starts them through a private helper ({@code start_supervisor(children)} doing
 * {@code Supervisor.start_link([Repo | children], ..)}); its children were "not resolved". screens' store module has
 * {@code use GenServer} but its start_link is a defdelegate to a configured backend: it was told to become plain
 * functions, which would have removed the start its caller uses.
 */
class HelperStartedTreeTest {
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application

                  alias Shop.Location.Supervisor, as: LocationSupervisor

                  def start(_type, _args) do
                    case Application.get_env(:shop, :db_only_mode, false) do
                      false -> start_full()
                      true -> start_db_only()
                    end
                  end

                  defp start_full do
                    children = [
                      {LocationSupervisor, []},
                      {Shop.Store, name: Shop.Store}
                    ]

                    sup = start_supervisor(children)
                    sup
                  end

                  defp start_db_only do
                    start_supervisor([])
                  end

                  defp start_supervisor(children) do
                    Supervisor.start_link([Shop.Repo | children], strategy: :rest_for_one, name: Shop.Supervisor)
                  end
                end
                """);
        FILES.put("lib/shop/location/supervisor.ex", """
                defmodule Shop.Location.Supervisor do
                  use DynamicSupervisor

                  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)

                  def init(_arg), do: DynamicSupervisor.init(strategy: :one_for_one)
                end
                """);
        FILES.put("lib/shop/store.ex", """
                defmodule Shop.Store do
                  use GenServer

                  @backend Application.compile_env(:shop, :store_backend, Shop.Store.Local)

                  def init(_arg), do: {:ok, nil}

                  defdelegate start_link(opts \\\\ []), to: @backend
                  defdelegate get(server), to: @backend
                end
                """);
        FILES.put("lib/shop/store/local.ex", """
                defmodule Shop.Store.Local do
                  def start_link(opts), do: Agent.start_link(fn -> {nil, make_ref()} end, opts)
                  def get(agent), do: Agent.get(agent, fn {value, version} -> {:ok, value, version} end)
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

    private static ModuleSummary summary(String module) {
        return result.modules().stream().filter(m -> m.name().equals(module)).findFirst()
                .orElseThrow(() -> new AssertionError(module + " not among " + result.modules()));
    }

    @Test
    void aListBuiltByTheCallerAndStartedByAPrivateHelperIsTheApplicationsTree() {
        ModuleSummary location = summary("Shop.Location.Supervisor");
        assertEquals(Supervision.Status.STATIC, location.supervision().status(), location.supervision().toString());
        assertEquals("Shop.Application", location.supervision().parent());
        var a = result.assessments().all().stream().filter(x -> x.name().equals("Shop.Location.Supervisor"))
                .findFirst().orElseThrow();
        var list = result.project().childrenLists().stream()
                .filter(l -> l.children().stream().anyMatch(e -> "Shop.Location.Supervisor".equals(e.module())))
                .findFirst().orElseThrow();
        assertEquals("rest_for_one", list.strategy());
        assertEquals("Shop.Repo", list.children().get(0).module(), list.children().toString());
        assertEquals(3, list.children().size(), list.children().toString());
        assertTrue(a.supervision().status() == Supervision.Status.STATIC);
    }

    @Test
    void aModuleWhoseStartLinkDelegatesToAnotherModuleIsNoProcessOfItsOwn() {
        assertTrue(result.modules().stream().noneMatch(m -> m.name().equals("Shop.Store")), result.modules().toString());
    }
}
