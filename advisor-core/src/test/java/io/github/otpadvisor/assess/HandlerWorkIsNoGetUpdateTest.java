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

    @Test
    void aMessageThatChoosesWhetherToChangeTheStateIsNoGetUpdate() throws IOException {
        // hex's Hex.Server: reply true and mark the warning as given, or reply false; as an Agent that choice would
        // run inside get_and_update (GenServer envy)
        AnalysisResult r = analyze("""
                defmodule Shop.Writer do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, %{warned: false}, name: __MODULE__)
                  def should_warn?, do: GenServer.call(__MODULE__, :should_warn?)
                  def init(state), do: {:ok, state}

                  def handle_call(:should_warn?, _from, %{warned: false} = state) do
                    {:reply, true, %{state | warned: true}}
                  end

                  def handle_call(:should_warn?, _from, state), do: {:reply, false, state}
                end
                """);
        Assessment a = r.assessments().of("Shop.Writer").orElseThrow();
        assertFalse(a.module().is(Property.SIMPLE_GET_UPDATE));
        String why = a.module().properties().evidence(Property.SIMPLE_GET_UPDATE).stream()
                .map(e -> e.text()).collect(Collectors.joining("\n"));
        assertTrue(why.contains("chooses whether to change the state"), why);
        assertEquals(Pattern.GENSERVER, a.decision().abstraction(), a.decision().rationale());
    }

    @Test
    void aGetSplitByTheStatesShapeStaysAGet() throws IOException {
        // elixir-ls' MixProjectCache: {:get, key} before and after the project is loaded; neither changes the state
        AnalysisResult r = analyze("""
                defmodule Shop.Writer do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                  def get(key), do: GenServer.call(__MODULE__, {:get, key})
                  def store(project), do: GenServer.call(__MODULE__, {:store, project})
                  def init(state), do: {:ok, state}

                  def handle_call({:get, _key}, _from, nil = state), do: {:reply, {:error, :not_loaded}, state}
                  def handle_call({:get, key}, _from, state), do: {:reply, {:ok, Map.fetch!(state, key)}, state}
                  def handle_call({:store, project}, _from, _state), do: {:reply, :ok, project}
                end
                """);
        Assessment a = r.assessments().of("Shop.Writer").orElseThrow();
        String why = a.module().properties().evidence(Property.SIMPLE_GET_UPDATE).stream()
                .map(e -> e.text()).collect(Collectors.joining("\n"));
        assertFalse(why.contains("chooses whether to change the state"), why);
    }
}
