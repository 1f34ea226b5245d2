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
 * Read cold at the fourteenth stop (issue 11): rube's TokenBuilder and PairBuilder are told to become plain
 * functions, but "fetch/2 is not moved" because its handler replies from two branches of a case; taken literally,
 * fetch/2 then calls a process that is gone. A handler whose every branch replies and keeps the state moves as that
 * case.
 */
class BranchRepliesMovedTest {
    @TempDir
    Path root;

    @Test
    void aCaseWhoseBranchesAllReplyBecomesThePlainFunction() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/token_builder.ex", """
                defmodule Shop.TokenBuilder do
                  use GenServer

                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

                  def fetch(chain, address), do: GenServer.call(__MODULE__, {:fetch, chain, address})

                  @impl true
                  def init(state), do: {:ok, state}

                  @impl true
                  def handle_call({:fetch, chain, address}, _from, state) do
                    case build(chain, address) do
                      {:ok, token} = ok ->
                        Shop.TokenStore.put(token)
                        {:reply, ok, state}

                      {:error, _reason} = error ->
                        {:reply, error, state}
                    end
                  end

                  defp build(chain, address), do: {:ok, %{chain: chain, address: address}}
                end
                """);
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    Supervisor.start_link([Shop.TokenBuilder], strategy: :one_for_one, name: Shop.Supervisor)
                  end
                end
                """);
        AnalysisResult r = ShopProject.analyze(root, files);
        String impl = ElixirSketches.implementation(ShopProject.input(r, "Shop.TokenBuilder"));
        assertTrue(impl.contains("def fetch(chain, address) do"), impl);
        assertTrue(impl.contains("      {:ok, token} = ok ->"), impl);
        assertTrue(impl.lines().filter(l -> !l.strip().startsWith("#")).noneMatch(l -> l.contains("{:reply,")), impl);
        assertFalse(impl.contains("is not moved"), impl);
        assertFalse(impl.contains("GenServer.call"), impl);
        assertTrue(Messages.parses(impl), impl);
    }
}
