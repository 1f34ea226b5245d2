package io.github.otpadvisor.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.facts.extract.FileFactsExtractor;
import io.github.otpadvisor.project.ProjectFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stateless server a config file names, in a project whose {@code start_child} starts a child with a spec computed
 * at run time (ewallet's EthGethAdapter.Worker, rated 1 twice when rewritten as plain functions): a plug-in whose
 * caller holds its pid, so it keeps its process; the same server nothing names still becomes plain functions.
 */
class ConfiguredPluginTest {
    @TempDir
    static Path dir;
    private static Assessments all;

    /** A stateless server; with {@code api}, its own function sends what it handles (no protocol for others). */
    private static String server(String module, boolean api) {
        return """
                defmodule %s do
                  use GenServer
                  def start_link(opts \\\\ []), do: GenServer.start_link(__MODULE__, :ok, opts)
                """.formatted(module) + (api ? "  def balance(pid, address), do: GenServer.call(pid, {:balance, address})\n"
                : "") + """
                  def init(:ok), do: {:ok, nil}
                  def handle_call({:balance, address}, _from, state), do: {:reply, {:ok, byte_size(address)}, state}
                end
                """;
    }

    @BeforeAll
    static void assess() throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("lib/a.ex"), """
                defmodule MyApp.Adapter do
                  def call(supervisor, mfargs, request) do
                    {:ok, pid} = DynamicSupervisor.start_child(supervisor, %{id: :adapter, start: mfargs, restart: :temporary})
                    GenServer.call(pid, request)
                  end
                end
                """ + server("MyApp.Geth", false) + server("MyApp.Plain", true) + server("MyApp.Configured", true));
        Files.writeString(dir.resolve("config/config.exs"), """
                import Config
                config :my_app, MyApp.Adapter, adapters: [{:geth, MyApp.Geth}]
                config :my_app, MyApp.Configured, timeout: 5_000
                """);
        FileFactsExtractor x = new FileFactsExtractor(dir);
        all = Assessor.assess(ProjectFacts.link(List.of(x.extract(dir.resolve("lib/a.ex")),
                x.extract(dir.resolve("config/config.exs")))));
    }

    @Test
    void aConfiguredPlugInKeepsItsProcess() {
        Assessment a = all.of("MyApp.Geth").orElseThrow();
        assertEquals(Pattern.GENSERVER, a.recommendation(), a.decision().rationale());
        assertEquals(Verdict.FITS, a.verdict());
        assertTrue(a.stateless().isEmpty(), "no OTP001 for a plug-in");
        assertTrue(a.decision().rationale().startsWith("Its process stays: a config file names it, and"
                + " DynamicSupervisor.start_child in MyApp.Adapter.call/3 (lib/a.ex:3)"), a.decision().rationale());
    }

    @Test
    void aServerTheConfigurationOnlyConfiguresAndWhoseOwnFunctionsSendItsMessagesIsNoPlugIn() {
        // blockscout's Indexer.Fetcher.Optimism: config :indexer, Indexer.Fetcher.Optimism, ... is no adapter list
        Assessment a = all.of("MyApp.Configured").orElseThrow();
        assertEquals(Pattern.FUNCTIONS, a.recommendation(), a.decision().rationale());
    }

    @Test
    void theSameServerNothingNamesBecomesPlainFunctions() {
        Assessment a = all.of("MyApp.Plain").orElseThrow();
        assertEquals(Pattern.FUNCTIONS, a.recommendation(), a.decision().rationale());
        assertTrue(a.stateless().isPresent());
    }
}
