package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the seventh stop (issue 11): prediction_analyzer's Download and Pruner query the Repo in their
 * handlers, and the project's test helper runs the Ecto sandbox in manual mode; the test sketches started them
 * without a connection, so the process raised an ownership error. With no case template that checks out the
 * sandbox, the test does it and shares the connection with the process (not async).
 */
class SandboxTestSketchTest {
    @TempDir
    Path root;

    private AnalysisResult analyze(boolean sandbox) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application

                  def start(_type, _args) do
                    Supervisor.start_link([Shop.Repo, Shop.Pruner], strategy: :one_for_one)
                  end
                end
                """);
        files.put("lib/shop/pruner.ex", """
                defmodule Shop.Pruner do
                  use GenServer
                  alias Shop.Repo

                  def start_link(_), do: GenServer.start_link(__MODULE__, nil)

                  @impl true
                  def init(_) do
                    Process.send_after(self(), :prune, 60_000)
                    {:ok, nil}
                  end

                  @impl true
                  def handle_info(:prune, state) do
                    Repo.delete_all(Shop.Old)
                    Process.send_after(self(), :prune, 60_000)
                    {:noreply, state}
                  end
                end
                """);
        files.put("test/test_helper.exs", sandbox
                ? "ExUnit.start()\nEcto.Adapters.SQL.Sandbox.mode(Shop.Repo, :manual)\n" : "ExUnit.start()\n");
        return ShopProject.analyze(root, files);
    }

    @Test
    void aProcessQueryingTheRepoGetsTheSandboxConnectionShared() throws IOException {
        String t = ShopProject.testSketch(analyze(true), "Shop.Pruner");
        assertTrue(t.contains("use ExUnit.Case, async: false"), t);
        assertTrue(t.contains("setup do"), t);
        assertTrue(t.contains(":ok = Ecto.Adapters.SQL.Sandbox.checkout(Shop.Repo)"), t);
        assertTrue(t.contains("Ecto.Adapters.SQL.Sandbox.mode(Shop.Repo, {:shared, self()})"), t);
        assertTrue(t.indexOf("alias Shop.Pruner") < t.indexOf("setup do"), t);
        assertTrue(Messages.parses(t), t);
    }

    @Test
    void withoutTheSandboxInTheProjectsTestsNothingIsCheckedOut() throws IOException {
        String t = ShopProject.testSketch(analyze(false), "Shop.Pruner");
        assertFalse(t.contains("Ecto.Adapters.SQL.Sandbox"), t);
    }
}
