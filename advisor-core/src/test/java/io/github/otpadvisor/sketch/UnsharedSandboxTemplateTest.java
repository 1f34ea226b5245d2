package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the thirteenth stop (issue 11): evercam's ConnCase checks a sandbox connection out for the test and
 * sets no shared mode, and the test sketches said it was "shared with its process when not async"; the process the
 * test started would not reach it. The test now shares it in a setup of its own.
 */
class UnsharedSandboxTemplateTest {
    @TempDir
    Path root;

    private String testOf(boolean shares) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args), do: Supervisor.start_link([Shop.Repo, Shop.Pruner], strategy: :one_for_one)
                end
                """);
        files.put("lib/shop/pruner.ex", """
                defmodule Shop.Pruner do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, nil)
                  def init(_), do: {:ok, nil}
                  def prune, do: GenServer.call(__MODULE__, :prune)
                  def handle_call(:prune, _from, state), do: {:reply, Shop.Repo.delete_all(Shop.Old), state}
                end
                """);
        files.put("test/support/conn_case.ex", """
                defmodule Shop.ConnCase do
                  use ExUnit.CaseTemplate

                  setup tags do
                    :ok = Ecto.Adapters.SQL.Sandbox.checkout(Shop.Repo)
                    %s
                    :ok
                  end
                end
                """.formatted(shares ? "unless tags[:async], do: Ecto.Adapters.SQL.Sandbox.mode(Shop.Repo, {:shared, self()})"
                : ""));
        return ShopProject.testSketch(ShopProject.analyze(root, files), "Shop.Pruner");
    }

    @Test
    void aTemplateWithoutSharedModeGetsTheTestsOwnShare() throws IOException {
        String t = testOf(false);
        assertTrue(t.contains("use Shop.ConnCase, async: false"), t);
        assertFalse(t.contains("shared with its process when not async"), t);
        assertTrue(t.contains("Ecto.Adapters.SQL.Sandbox.mode(Shop.Repo, {:shared, self()})"), t);
        assertTrue(Messages.parses(t), t);
    }

    @Test
    void aTemplateThatSharesIsTakenAsItIs() throws IOException {
        String t = testOf(true);
        assertTrue(t.contains("shared with its process when not async"), t);
        assertFalse(t.contains("Ecto.Adapters.SQL.Sandbox.mode("), t);
    }
}
