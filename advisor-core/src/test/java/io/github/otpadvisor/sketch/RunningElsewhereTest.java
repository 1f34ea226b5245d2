package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the tenth stop (issue 11): a named singleton the application runs where the analysis draws no tree
 * (aircloak's {@code Air.start/2} calls {@code Air.Supervisor.start_link/0}, a plain function around
 * {@code Supervisor.start_link([...])}), or one whose start the analysis cannot read at all (dispatch's adapters,
 * appended from the configuration), was started again by the test sketch: {@code already_started}. The test takes
 * the running one, and starts one only where none runs.
 */
class RunningElsewhereTest {
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    private static String server(String module) {
        return """
                defmodule %s do
                  use GenServer
                  def start_link(_opts \\\\ []), do: GenServer.start_link(__MODULE__, %%{n: 0}, name: __MODULE__)
                  def init(state), do: {:ok, state}
                  def count, do: GenServer.call(__MODULE__, :count)
                  def handle_call(:count, _from, state), do: {:reply, state.n, state}
                end
                """.formatted(module);
    }

    static {
        FILES.put("lib/shop.ex", """
                defmodule Shop do
                  use Application
                  def start(_type, _args) do
                    with {:ok, _pid} <- Shop.Supervisor.start_link() do
                      [Shop.Web]
                      |> Shop.Mailing.append_child_spec()
                      |> Supervisor.start_link(strategy: :one_for_one, name: Shop.Main)
                    end
                  end
                end
                """);
        FILES.put("lib/shop/supervisor.ex", """
                defmodule Shop.Supervisor do
                  def start_link do
                    Supervisor.start_link([Shop.Guard] |> Enum.reject(&is_nil/1), strategy: :one_for_one, name: __MODULE__)
                  end
                end
                """);
        FILES.put("lib/shop/guard.ex", server("Shop.Guard"));
        FILES.put("lib/shop/web.ex", server("Shop.Web"));
        FILES.put("lib/shop/fake_mailer.ex", server("Shop.FakeMailer"));
    }

    @TempDir
    static Path root;
    private static AnalysisResult result;

    @BeforeAll
    static void analyze() throws IOException {
        result = ShopProject.analyze(root, FILES);
    }

    @Test
    void aListTheApplicationStartsThroughAnotherModulesFunctionRunsInTests() {
        String t = ShopProject.testSketch(result, "Shop.Guard");
        assertTrue(t.contains("# The application starts it already: use the running one"), t);
        assertTrue(t.contains("Process.whereis(Guard) || start_supervised!("), t);
    }

    @Test
    void aSingletonWhoseStartIsNotSeenMayRunAlready() {
        String t = ShopProject.testSketch(result, "Shop.FakeMailer");
        assertTrue(t.replaceAll("\n\\s*# ", " ").contains("The application may start it already (where is not"
                + " known): use the running one, start it only where it does not run."), t);
        assertTrue(t.contains("Process.whereis(FakeMailer) || start_supervised!("), t);
        assertFalse(t.contains("async: true"), t);
        // exercised as a test's own instance (it may as well not run), its state not assumed fresh
        assertTrue(t.contains("FakeMailer.count()"), t);
        assertFalse(t.contains("leaves out"), t);
    }
}
