package io.github.otpadvisor.report.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Requirement line says how the module's process is really registered (issue 11): a module that registers in a
 * Registry from its init/1 (Teiserver.LobbyIdServer) is not "registered as __MODULE__" because a start_child spec
 * passes {@code name: __MODULE__} to a start_link that ignores it; a via name says its registry and key.
 */
class RequirementsTest {
    @TempDir
    static Path root;
    private static AnalysisResult result;

    @BeforeEach
    void analyze() throws IOException {
        if (result != null) {
            return;
        }
        Files.writeString(root.resolve("mix.exs"), "defmodule Shop.MixProject do\n  use Mix.Project\n"
                + "  def project, do: [app: :shop]\nend\n");
        Files.createDirectories(root.resolve("lib"));
        Files.writeString(root.resolve("lib/lobby_id_server.ex"), """
                defmodule Shop.LobbyIdServer do
                  use GenServer

                  def start do
                    DynamicSupervisor.start_child(Shop.Dyn, {__MODULE__, name: __MODULE__, data: %{}})
                  end

                  def start_link(_opts), do: GenServer.start_link(__MODULE__, [], [])
                  def next_id(pid), do: GenServer.call(pid, :next_id)

                  def init(_opts) do
                    Registry.register(Shop.ServerRegistry, "LobbyIdServer", :lobby_id_server)
                    {:ok, %{next_id: 1}}
                  end

                  def handle_call(:next_id, _from, state), do: {:reply, state.next_id, %{state | next_id: state.next_id + 1}}
                end
                """);
        Files.writeString(root.resolve("lib/prices.ex"), """
                defmodule Shop.Prices do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: {:via, Registry, {Shop.Registry, "prices"}})
                  def init(state), do: {:ok, state}
                  def handle_call(:all, _from, state), do: {:reply, state, state}
                end
                """);
        Files.writeString(root.resolve("lib/cache.ex"), """
                defmodule Shop.Cache do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)
                  def init(state), do: {:ok, state}
                  def handle_call(:all, _from, state), do: {:reply, state, state}
                end
                """);
        result = new Analyzer(AnalysisOptions.defaults()).analyze(new ScanRequest(List.of(root), List.of(), List.of()));
    }

    private static String line(String module) {
        return Requirements.describe(result.project().processModule(module).orElseThrow(), result.project());
    }

    @Test
    void aRegistryRegisterInInitIsHowItIsRegistered() {
        String l = line("Shop.LobbyIdServer");
        assertTrue(l.contains("is a GenServer registered in Shop.ServerRegistry under \"LobbyIdServer\""
                + " (Registry.register in its init/1)"), l);
        assertFalse(l.contains("__MODULE__"), l);
    }

    @Test
    void aViaNameSaysItsRegistryAndKey() {
        String l = line("Shop.Prices");
        assertTrue(l.contains("is a GenServer registered in Shop.Registry under \"prices\" (a via name)"), l);
    }

    @Test
    void itsOwnNameIsSaidInWords() {
        String l = line("Shop.Cache");
        assertTrue(l.contains("is a GenServer registered under its module name"), l);
    }
}
