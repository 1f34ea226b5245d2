package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * marty's FakeWifiSetup: a GenServer that holds nothing, recommended as plain functions, whose setup_wifi/1 starts
 * the process itself. Kept "as it is", it would start a GenServer without init/1 (a reader ran it: the caller exits
 * with undef); the sketch writes it with that start gone and the rest of its body (a Registry it starts) kept.
 */
class OwnStartInPlainFunctionTest {
    @TempDir
    Path root;

    @Test
    void aFunctionThatStartsTheRemovedProcessLosesThatStartOnly() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args), do: Supervisor.start_link([Shop.Wrapper], strategy: :one_for_one)
                end
                """);
        files.put("lib/shop/wrapper.ex", """
                defmodule Shop.Wrapper do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                  def init(_) do
                    :ok = Shop.FakeSetup.setup(ssid: "x")
                    {:ok, nil}
                  end
                end
                """);
        files.put("lib/shop/fake_setup.ex", """
                defmodule Shop.FakeSetup do
                  use GenServer

                  @spec setup(keyword()) :: :ok
                  def setup(opts) do
                    {:ok, _pid} = Registry.start_link(keys: :unique, name: Shop.Udhcpc)
                    GenServer.start_link(__MODULE__, opts, name: __MODULE__)
                    :ok
                  end

                  def init(_), do: {:ok, {}}
                end
                """);
        AnalysisResult r = ShopProject.analyze(root, files);
        String impl = ElixirSketches.implementation(ShopProject.input(r, "Shop.FakeSetup"));
        assertTrue(impl.contains("""
                  # setup/1 starts this module's process today; without it, that start goes and the rest stays:
                  def setup(opts) do
                    {:ok, _pid} = Registry.start_link(keys: :unique, name: Shop.Udhcpc)
                    # gone: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
                    :ok
                  end
                """), impl);
        assertFalse(impl.contains("stay as they are: setup/1"), impl);
        assertTrue(Messages.parses(impl), impl);
    }
}
