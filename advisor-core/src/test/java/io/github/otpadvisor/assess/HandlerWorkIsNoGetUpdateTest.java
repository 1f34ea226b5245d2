package io.github.otpadvisor.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.project.Property;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RULEBOOK §3, Q3: a GenServer whose handlers run other modules' code or function values (a writer that applies
 * mutations in order, a queue that starts the next job) is not a get/update store, however little its state
 * changes: an Agent would run that work inside its functions. Logging and pure library code still are.
 */
class HandlerWorkIsNoGetUpdateTest {
    @TempDir
    Path root;

    private AnalysisResult analyze(String source) throws IOException {
        Files.createDirectories(root.resolve("lib"));
        Files.writeString(root.resolve("lib/app.ex"), """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    Supervisor.start_link([Shop.Writer], strategy: :one_for_one)
                  end
                end
                """);
        Files.writeString(root.resolve("lib/writer.ex"), source);
        return new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root));
    }

    @Test
    void aHandlerThatRunsAnotherModulesCodeAndACallbackIsNoGetUpdate() throws IOException {
        AnalysisResult r = analyze("""
                defmodule Shop.Writer do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, %{store: :main}, name: __MODULE__)
                  def write(mutations, done_fn), do: GenServer.cast(__MODULE__, {:write, mutations, done_fn})
                  def init(state), do: {:ok, state}

                  def handle_cast({:write, mutations, done_fn}, %{store: store} = state) do
                    Enum.each(mutations, &Shop.Mutation.execute(&1, store))
                    done_fn.()
                    {:noreply, state}
                  end
                end
                """);
        Assessment a = r.assessments().of("Shop.Writer").orElseThrow();
        assertFalse(a.module().is(Property.SIMPLE_GET_UPDATE));
        String why = a.module().properties().evidence(Property.SIMPLE_GET_UPDATE).stream()
                .map(e -> e.text()).collect(Collectors.joining("\n"));
        assertTrue(why.contains("does more than get/update: calls Shop.Mutation.execute(&1, store)"), why);
        assertEquals(Pattern.GENSERVER, a.decision().abstraction());
    }

    @Test
    void aHandlerThatOnlyLogsAndUpdatesTheStateStaysAGetUpdate() throws IOException {
        AnalysisResult r = analyze("""
                defmodule Shop.Writer do
                  use GenServer
                  require Logger
                  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)
                  def put(key, value), do: GenServer.cast(__MODULE__, {:put, key, value})
                  def get(key), do: GenServer.call(__MODULE__, {:get, key})
                  def init(state), do: {:ok, state}

                  def handle_cast({:put, key, value}, state) do
                    Logger.debug("put")
                    {:noreply, Map.put(state, key, value)}
                  end

                  def handle_call({:get, key}, _from, state), do: {:reply, Map.get(state, key), state}
                end
                """);
        Assessment a = r.assessments().of("Shop.Writer").orElseThrow();
        assertTrue(a.module().is(Property.SIMPLE_GET_UPDATE), a.module().properties().toString());
    }
}
