package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.project.Supervision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read at the seventh stop (issue 11): archethic's application starts {@code Utils.configurable_children(children)},
 * a function of another module that filters the list by configuration; 78 of its 100 process modules were "not
 * known". The list's own entries are read, the call stays an entry of unknown effect.
 */
class ListThroughRemoteHelperTest {
    @TempDir
    Path root;

    @Test
    void theEntriesOfAListPassedToAnotherModulesFunctionAreRead() throws IOException {
        AnalysisResult r = ShopProject.analyze(root, Map.of("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  alias Shop.Utils

                  def start(_type, _args) do
                    children = [Shop.Ledger, {Registry, keys: :unique, name: Shop.Registry}]
                    Supervisor.start_link(Utils.configurable_children(children), strategy: :rest_for_one)
                  end
                end
                """, "lib/shop/utils.ex", """
                defmodule Shop.Utils do
                  def configurable_children(children) do
                    Enum.filter(children, &should_start?/1)
                  end

                  defp should_start?(_), do: true
                end
                """, "lib/shop/ledger.ex", """
                defmodule Shop.Ledger do
                  use GenServer

                  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)
                  def put(k, v), do: GenServer.cast(__MODULE__, {:put, k, v})

                  @impl true
                  def init(s), do: {:ok, s}

                  @impl true
                  def handle_cast({:put, k, v}, s), do: {:noreply, Map.put(s, k, v)}
                end
                """));
        var ledger = r.modules().stream().filter(m -> m.name().equals("Shop.Ledger")).findFirst().orElseThrow();
        assertEquals(Supervision.Status.STATIC, ledger.supervision().status(), ledger.supervision().toString());
        assertEquals("Shop.Application", ledger.supervision().parent());
    }
}
