package io.github.otpadvisor.project;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the fifteenth session (issue 11): gristle's Boss.Operator registers under its module name through a
 * project helper ({@code Common.Utils.start_link_singular(GenServer, __MODULE__, nil, __MODULE__)}) and casts to
 * {@code __MODULE__}; started by a start_child with runtime arguments, it was taken for one process per entity
 * ("DynamicSupervisor + Registry"). Its own calls by module name make it one process at a time.
 */
class NamedByHelperSingletonTest {
    @TempDir
    Path root;

    private RuntimeProperties properties(String start, String address) throws IOException {
        Files.createDirectories(root.resolve("lib"));
        Files.writeString(root.resolve("lib/operator.ex"), """
                defmodule Boss.Operator do
                  use GenServer

                  def start_link(model_type, node_type) do
                    {:ok, pid} = %s
                    GenServer.cast(%s, {:begin, model_type, node_type})
                    {:ok, pid}
                  end

                  def start_node_processes(pid), do: GenServer.cast(%s, :start_node_processes)

                  def init(_), do: {:ok, %%{}}
                  def handle_cast({:begin, model, node}, _state), do: {:noreply, %%{model: model, node: node}}
                  def handle_cast(:start_node_processes, state), do: {:noreply, state}
                end
                """.formatted(start, address, address));
        Files.writeString(root.resolve("lib/system.ex"), """
                defmodule Boss.System do
                  use DynamicSupervisor
                  def start_link(_), do: DynamicSupervisor.start_link(__MODULE__, nil, name: __MODULE__)
                  def init(_), do: DynamicSupervisor.init(strategy: :one_for_one)
                  def start(model_type, node_type) do
                    DynamicSupervisor.start_child(__MODULE__, %{id: Boss.Operator, start: {Boss.Operator, :start_link, [model_type, node_type]}})
                  end
                end
                """);
        AnalysisResult r = new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root));
        return r.project().processModule("Boss.Operator").orElseThrow().properties();
    }

    @Test
    void aServerItsOwnCodeCallsByModuleNameIsOneProcess() throws IOException {
        RuntimeProperties p = properties("Common.Utils.start_link_singular(GenServer, __MODULE__, nil, __MODULE__)",
                "__MODULE__");
        assertTrue(p.is(Property.SINGLETON), p.toString());
        assertFalse(p.is(Property.PER_ENTITY), p.toString());
    }

    @Test
    void withoutSuchCallsARuntimeArgumentStillMeansAnEntity() throws IOException {
        RuntimeProperties p = properties("GenServer.start_link(__MODULE__, {model_type, node_type})", "pid");
        assertTrue(p.is(Property.PER_ENTITY), p.toString());
        assertFalse(p.is(Property.SINGLETON), p.toString());
    }
}
