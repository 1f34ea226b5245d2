package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.ModuleSummary;
import io.github.otpadvisor.decision.Pattern;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the eighth stop (issue 11): a stateless GenServer recommended as plain functions while no start of it
 * is seen (spawn's NativeLookupAdapter, put in a supervisor's children from configuration; sanbase2's TestServer,
 * whose child_spec a compile_env-chosen defdelegate calls) keeps a start_link that starts nothing and the child_spec
 * that calls it: removing them broke the application's boot. One whose start is seen loses both with its entry.
 */
class StartUnseenShimTest {
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application

                  def start(_type, _args) do
                    adapter = Application.get_env(:shop, :lookup_adapter)
                    children = [Shop.Listed, adapter]
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                end
                """);
        FILES.put("lib/shop/native_lookup.ex", """
                defmodule Shop.NativeLookup do
                  use GenServer

                  def get_by_id(_id), do: raise("Not implemented")

                  def child_spec(_),
                    do: %{
                      id: __MODULE__,
                      start: {__MODULE__, :start_link, []}
                    }

                  def start_link, do: GenServer.start_link(__MODULE__, [], name: __MODULE__)

                  @impl GenServer
                  def init(_), do: {:ok, nil}
                end
                """);
        FILES.put("lib/shop/test_server.ex", """
                defmodule Shop.TestServer do
                  use GenServer

                  def wait(_name), do: :ok

                  def start_link(options) do
                    GenServer.start_link(__MODULE__, nil, name: Keyword.get(options, :name))
                  end

                  def init(_), do: {:ok, nil}
                end
                """);
        FILES.put("lib/shop/listed.ex", """
                defmodule Shop.Listed do
                  use GenServer

                  def wait(_name), do: :ok
                  def start_link(options), do: GenServer.start_link(__MODULE__, nil, name: options[:name])
                  def init(_), do: {:ok, nil}
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

    private static String sketch(String module) {
        ModuleSummary m = result.modules().stream().filter(x -> x.name().equals(module)).findFirst().orElseThrow();
        assertEquals(Pattern.FUNCTIONS, m.recommendation(), m.toString());
        String s = ElixirSketches.implementation(ShopProject.input(result, module));
        assertTrue(Messages.parses(s), s);
        return s;
    }

    @Test
    void itsOwnChildSpecStaysAndItsStartLinkStartsNothing() {
        String s = sketch("Shop.NativeLookup");
        assertTrue(s.contains("start_link stays, starting nothing (below)"), s);
        assertTrue(s.contains("\n  def start_link, do: :ignore\n"), s);
        assertFalse(s.contains("Not kept: its own child_spec/1"), s);
        assertFalse(s.contains("def child_spec(arg)"), s); // its own stays as it is
    }

    @Test
    void theChildSpecUseGaveIsWrittenOutWithTheStartLink() {
        String s = sketch("Shop.TestServer");
        assertTrue(s.contains("\n  def child_spec(arg), do: %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}}\n"),
                s);
        assertTrue(s.contains("\n  def start_link(_arg), do: :ignore\n"), s);
        assertTrue(s.contains("Kept, starting nothing: no children list, start_child call or start site"), s);
    }

    @Test
    void aModuleWhoseStartIsSeenLosesItWithItsEntry() {
        String s = sketch("Shop.Listed");
        assertTrue(s.contains("start_link, init and the handle_* callbacks go, and so does its entry in the"), s);
        assertFalse(s.contains(":ignore"), s);
    }
}
