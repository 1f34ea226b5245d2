package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.report.model.ModuleReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the eleventh stop (lenra's server): a Quantum storage whose start_link returns :ignore runs no process,
 * so "plain functions" is what it is today, not a change ("heavier than needed" described restarts of a process that
 * never runs); a GenServer that sends one event in init/1 and stops itself in handle_continue is a start-up step, kept
 * in its place (the Task rewrite invented run/1 and compute/1 and dropped its order among its siblings).
 */
class NoProcessTodayTest {
    private static final Map<String, String> SHOP = new LinkedHashMap<>();

    static {
        SHOP.put("lib/shop/storage.ex", """
                defmodule Shop.Storage do
                  @behaviour Quantum.Storage
                  use GenServer
                  def init(_args), do: {:ok, nil}
                  def start_link(_opts), do: :ignore
                  @impl Quantum.Storage
                  def jobs(_storage_pid), do: Shop.Repo.all(Shop.Cron)
                end
                """);
        SHOP.put("lib/shop/on_start.ex", """
                defmodule Shop.OnStart do
                  use GenServer, restart: :transient
                  def start_link(opts), do: GenServer.start_link(__MODULE__, Keyword.fetch!(opts, :env_id))
                  def init(env_id) do
                    case Shop.Events.send_env_event(env_id, "onEnvStart") do
                      :ok -> {:ok, :ok, {:continue, :stop_me}}
                      {:error, reason} -> {:stop, reason}
                    end
                  end
                  def handle_continue(:stop_me, state), do: {:stop, :normal, state}
                end
                """);
        SHOP.put("lib/shop/node_manager.ex", """
                defmodule Shop.NodeManager do
                  use GenServer
                  require Logger
                  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                  def node_ref, do: GenServer.call(__MODULE__, :node_ref)
                  def init(nil), do: {:ok, %{node: Shop.Native.create_node(self())}}
                  def handle_call(:node_ref, _from, state), do: {:reply, state.node, state}
                  def handle_info({:gossip_received, _from, _msg}, state) do
                    Logger.debug("gossip")
                    {:noreply, state}
                  end
                end
                """);
        SHOP.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    children = [{Quantum, storage: Shop.Storage}, Shop.Storage, {Shop.OnStart, env_id: 1}, Shop.NodeManager, Shop.Web]
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                end
                """);
    }

    @TempDir
    static Path root;
    private static Map<String, ModuleReport> pages;

    @BeforeAll
    static void analyze() throws IOException {
        pages = ShopProject.pages(root, SHOP);
    }

    @Test
    void aStartLinkThatOnlyReturnsIgnoreRunsNoProcessToday() {
        ModuleReport storage = pages.get("Shop.Storage");
        assertEquals("fits", storage.recommendation().verdict());
        assertEquals("Functions", storage.recommendation().today());
        assertTrue(storage.recommendation().rationale().contains("Its start_link returns :ignore (lib/shop/storage.ex:5)"),
                storage.recommendation().rationale());
    }

    @Test
    void aServerThatStopsItselfAfterInitIsAStartUpStep() {
        ModuleReport step = pages.get("Shop.OnStart");
        assertEquals("fits", step.recommendation().verdict());
        assertTrue(step.recommendation().rationale().startsWith("A start-up step"), step.recommendation().rationale());
    }

    @Test
    void aServerSentMessagesFromOutsideIsNoAgentEvenWhereItOnlyLogsThem() {
        // sensocto's Iroh.ConnectionManager: the native node it creates sends it gossip events; an Agent cannot
        ModuleReport node = pages.get("Shop.NodeManager");
        assertEquals("GenServer", node.recommendation().pattern());
        assertEquals("fits", node.recommendation().verdict());
    }
}
