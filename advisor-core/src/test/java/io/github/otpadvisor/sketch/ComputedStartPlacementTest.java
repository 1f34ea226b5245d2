package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.report.model.ModuleReport;
import io.github.otpadvisor.report.model.ReportModelBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The placement line and the supervision note name "a start computed at run time" only for the module such a start
 * may start (a config file names it, a {@code start_child} with a computed spec exists: ewallet's adapter worker), not
 * for every module whose unknown supervision points at some place (electric's configured Agents, started by a
 * children entry read from the configuration, had been said to come from "a start computed at run time").
 */
class ComputedStartPlacementTest {
    /** A project whose application lists what the configuration gives it (electric's stores). */
    private static final Map<String, String> CONFIGURED = new LinkedHashMap<>();
    /** A project whose adapter starts one worker per request from a spec the configuration gives (ewallet's). */
    private static final Map<String, String> PLUGGED = new LinkedHashMap<>();

    static {
        CONFIGURED.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    children = [Shop.Web] ++ Application.get_env(:shop, :stores, [])
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                end
                """);
        CONFIGURED.put("lib/shop/web.ex", """
                defmodule Shop.Web do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, %{hits: 0}, name: __MODULE__)
                  def init(state), do: {:ok, state}
                  def hit, do: GenServer.call(__MODULE__, :hit)
                  def handle_call(:hit, _from, state), do: {:reply, state.hits, %{state | hits: state.hits + 1}}
                end
                """);
        CONFIGURED.put("lib/shop/memory.ex", """
                defmodule Shop.Memory do
                  use Agent
                  def start_link(_opts), do: Agent.start_link(fn -> %{} end)
                  def get(pid, key), do: Agent.get(pid, &Map.get(&1, key))
                  def put(pid, key, value), do: Agent.update(pid, &Map.put(&1, key, value))
                end
                """);
        CONFIGURED.put("config/config.exs", """
                import Config
                config :shop, :stores, [Shop.Memory]
                """);
        PLUGGED.put("lib/shop/adapter.ex", """
                defmodule Shop.Adapter do
                  def call(supervisor, mfargs, request) do
                    {:ok, pid} = DynamicSupervisor.start_child(supervisor, %{id: :adapter, start: mfargs})
                    GenServer.call(pid, request)
                  end
                end
                """);
        PLUGGED.put("lib/shop/geth.ex", """
                defmodule Shop.Geth do
                  use GenServer
                  def start_link(opts \\\\ []), do: GenServer.start_link(__MODULE__, :ok, opts)
                  def init(:ok), do: {:ok, nil}
                  def handle_call({:balance, address}, _from, state), do: {:reply, {:ok, byte_size(address)}, state}
                end
                """);
        PLUGGED.put("config/config.exs", """
                import Config
                config :shop, Shop.Adapter, adapters: [{:geth, Shop.Geth}]
                """);
    }

    @TempDir
    static Path root;
    private static final Map<String, ModuleReport> pages = new LinkedHashMap<>();

    @BeforeAll
    static void analyze() throws IOException {
        for (Map<String, String> project : java.util.List.of(CONFIGURED, PLUGGED)) {
            Path dir = java.nio.file.Files.createDirectories(root.resolve(project == CONFIGURED ? "configured" : "plugged"));
            AnalysisResult result = ShopProject.analyze(dir, project);
            ReportModelBuilder.build(result, "test").modules().forEach(m -> pages.put(m.name(), m));
        }
    }

    @Test
    void thePlugInsPlacementNamesTheComputedStart() {
        ModuleReport geth = pages.get("Shop.Geth");
        assertTrue(String.valueOf(geth.recommendation().placement()).startsWith("not known: a start computed at run time"
                + " (lib/shop/adapter.ex:3)"), geth.recommendation().placement());
    }

    @Test
    void aModuleTheConfigurationListsInTheChildrenIsNotSaidToComeFromAComputedStart() {
        ModuleReport memory = pages.get("Shop.Memory");
        assertFalse(memory.recommendation().placement() != null
                && memory.recommendation().placement().contains("computed at run time"),
                memory.recommendation().placement());
        assertFalse(String.valueOf(memory.supervision().note()).contains("computed at run time"),
                memory.supervision().note());
    }
}
