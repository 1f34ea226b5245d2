package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.facts.ElixirRequirement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the thirteenth stop (issue 11): evercam-server declares {@code elixir: "~> 1.3.0"} and its
 * :simple_one_for_one supervisors were rewritten as DynamicSupervisors (Elixir 1.6) without a word about it. A
 * sketch that uses what the declared Elixir lacks says so first, with the requirement as the mix.exs writes it.
 */
class ElixirVersionsTest {
    @TempDir
    Path root;

    private AnalysisResult analyze(String requirement) throws IOException {
        return analyze(requirement, Map.of());
    }

    private AnalysisResult analyze(String requirement, Map<String, String> more) throws IOException {
        Map<String, String> files = new LinkedHashMap<>(more);
        files.put("mix.exs", """
                defmodule Shop.MixProject do
                  use Mix.Project

                  def project do
                    [
                      app: :shop,
                      version: "0.1.0",
                      elixir: "%s",
                      deps: []
                    ]
                  end
                end
                """.formatted(requirement));
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    import Supervisor.Spec
                    Supervisor.start_link([supervisor(Shop.Boards, [])], strategy: :one_for_one)
                  end
                end
                """);
        files.put("lib/shop/boards.ex", """
                defmodule Shop.Boards do
                  use Supervisor
                  def start_link, do: Supervisor.start_link(__MODULE__, :ok, name: __MODULE__)
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
                """);
        return ShopProject.analyze(root, files);
    }

    @Test
    void aSketchNeedingANewerElixirSaysSoWithTheDeclaredRequirement() throws IOException {
        AnalysisResult r = analyze("~> 1.3.0");
        String impl = ElixirSketches.implementation(ShopProject.input(r, "Shop.Boards"));
        assertTrue(impl.startsWith("# Needs Elixir 1.6 or later: DynamicSupervisor (1.6); the project declares elixir:"
                + " \"~> 1.3.0\"\n# (mix.exs:8), so raise it (and the Elixir it runs on) first.\ndefmodule Shop.Boards"),
                impl);
        assertTrue(Messages.parses(impl), impl);
        String test = ShopProject.testSketch(r, "Shop.Boards");
        assertTrue(test.startsWith("# Needs Elixir 1.6 or later: DynamicSupervisor (1.6), start_supervised!/1 (1.6);"),
                test);
    }

    @Test
    void aRecentEnoughRequirementAddsNothing() throws IOException {
        AnalysisResult r = analyze("~> 1.14");
        String impl = ElixirSketches.implementation(ShopProject.input(r, "Shop.Boards"));
        assertFalse(impl.contains("Needs Elixir"), impl);
        assertTrue(impl.startsWith("defmodule Shop.Boards do"), impl);
    }

    @Test
    void theOldestVersionARequirementAdmits() {
        assertEquals(1003, new ElixirRequirement("~> 1.3.0", null).oldest());
        assertEquals(1004, new ElixirRequirement("~> 1.5 or ~> 1.4", null).oldest());
        assertEquals(1010, new ElixirRequirement(">= 1.10.0 and < 2.0.0", null).oldest());
        assertEquals(-1, new ElixirRequirement("latest", null).oldest());
    }

    @Test
    void aRequirementThatAdmitsTheNeededVersionOnlyHasItsLowerBoundRaised() throws IOException {
        // readers of the fresh batches: "~> 1.4 already allows Elixir 1.6", "raise it" read as wrong
        AnalysisResult r = analyze("~> 1.4");
        String impl = ElixirSketches.implementation(ShopProject.input(r, "Shop.Boards"));
        assertTrue(impl.startsWith("# Needs Elixir 1.6 or later: DynamicSupervisor (1.6); the project declares elixir:"
                + " \"~> 1.4\"\n# (mix.exs:8), which admits it but also older versions: raise the lower bound to ~> 1.6"
                + " so the\n# project is not built where it is missing.\n"), impl);
    }

    @Test
    void aFeatureTheCodeAlreadyUsesNeedsNoWord() throws IOException {
        // logflare declares ~> 1.4 and runs a PartitionSupervisor (1.14): "raise it to ~> 1.6" was read as wrong
        AnalysisResult r = analyze("~> 1.4", Map.of("lib/shop/pools.ex", """
                defmodule Shop.Pools do
                  def child_spec(_), do: {PartitionSupervisor, child_spec: Task.Supervisor, name: Shop.Pools}
                end
                """));
        String impl = ElixirSketches.implementation(ShopProject.input(r, "Shop.Boards"));
        assertFalse(impl.contains("Needs Elixir"), impl);
        assertFalse(ShopProject.testSketch(r, "Shop.Boards").contains("Needs Elixir"));
    }

    @Test
    void whatARequirementAdmits() {
        assertTrue(new ElixirRequirement("~> 1.4", null).admitsFrom(1006));
        assertFalse(new ElixirRequirement("~> 1.3.0", null).admitsFrom(1006));
        assertTrue(new ElixirRequirement("~> 1.3.0", null).admitsFrom(1003));
        assertTrue(new ElixirRequirement(">= 1.10.0 and < 2.0.0", null).admitsFrom(1014));
        assertFalse(new ElixirRequirement("< 1.5.0", null).admitsFrom(1006));
        assertTrue(new ElixirRequirement("~> 1.3.0 or ~> 1.6", null).admitsFrom(1006));
        assertFalse(new ElixirRequirement("latest", null).admitsFrom(1006));
    }
}
