package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.report.model.ModuleReport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rube's TokenIndexer, recommended as plain functions: its ensure/2 is a cast that fetches, called from an event
 * handler. Run in the caller, the handler would wait for the fetch (a reader: "the rewrite changes ensure/2 from a
 * cast into a synchronous get_or_fetch in the caller"); the sketch runs it in a task under a Task.Supervisor, which
 * the Supervision Tree adds when the project has none.
 */
class CastToTaskTest {
    @TempDir
    Path root;

    @Test
    void aCastThatDoesWorkStaysOffTheCallersPath() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args), do: Supervisor.start_link([Shop.Indexer], strategy: :one_for_one)
                end
                """);
        files.put("lib/shop/indexer.ex", """
                defmodule Shop.Indexer do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  def get(id), do: GenServer.call(__MODULE__, {:get, id})
                  def ensure(id), do: GenServer.cast(__MODULE__, {:ensure, id})
                  @impl true
                  def init(state), do: {:ok, state}
                  @impl true
                  def handle_call({:get, id}, _from, state) do
                    result = get_or_fetch(id)
                    {:reply, result, state}
                  end
                  @impl true
                  def handle_cast({:ensure, id}, state) do
                    get_or_fetch(id)
                    {:noreply, state}
                  end
                  defp get_or_fetch(id) do
                    with {:error, :not_found} <- Shop.Store.find(id) do
                      Shop.Builder.fetch(id)
                    end
                  end
                end
                """);
        Map<String, ModuleReport> pages = ShopProject.pages(root, files);
        ModuleReport r = pages.get("Shop.Indexer");
        assertTrue(r.implementation().contains("  def ensure(id) do\n"
                + "    Task.Supervisor.start_child(Shop.TaskSupervisor, fn ->\n"
                + "      get_or_fetch(id)\n"
                + "    end)\n\n"
                + "    :ok\n"
                + "  end"), r.implementation());
        assertFalse(r.implementation().contains("It now runs in the caller"), r.implementation());
        assertTrue(r.supervision().childrenEntry().contains("{Task.Supervisor, name: Shop.TaskSupervisor}"),
                r.supervision().childrenEntry());
        // a reader of rube's FeedIndexer: it "must also start before Rube.Chainlink.Supervisor", whose children cast
        assertTrue(r.supervision().childrenEntry().startsWith("# new: the project has none yet; add it to its"
                + " application's children, before the children whose\n# code calls Shop.Indexer's functions."),
                r.supervision().childrenEntry());
        assertTrue(r.supervision().note().endsWith("add the Task.Supervisor below to its application's children."),
                r.supervision().note());
        assertTrue(Messages.parses(r.implementation()), r.implementation());
    }
}
