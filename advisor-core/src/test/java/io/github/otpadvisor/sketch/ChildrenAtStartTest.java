package io.github.otpadvisor.sketch;

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
 * Judged at the fifteenth session (issue 11): gristle's Comms.System, a DynamicSupervisor whose start_link starts two
 * registries in it through its own helpers, got a test asserting {@code %{active: 0}}; run, it counted 2.
 */
class ChildrenAtStartTest {
    @TempDir
    Path root;

    private String testOf(String startLink) throws IOException {
        Files.createDirectories(root.resolve("lib"));
        Files.writeString(root.resolve("lib/system.ex"), """
                defmodule Comms.System do
                  use DynamicSupervisor

                  %s

                  def init(_), do: DynamicSupervisor.init(strategy: :one_for_one)

                  def start_registry do
                    DynamicSupervisor.start_child(__MODULE__, %%{id: :registry, start: {Registry, :start_link, [[keys: :unique, name: Comms.Registry]]}})
                  end

                  def start_operator(config) do
                    DynamicSupervisor.start_child(__MODULE__, {Comms.Operator, config})
                  end
                end
                """.formatted(startLink));
        AnalysisResult r = new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root));
        return ShopProject.testSketch(r, "Comms.System");
    }

    @Test
    void aStartThatAddsChildrenIsNotAssertedEmpty() throws IOException {
        String t = testOf("""
                def start_link(_) do
                  {:ok, pid} = DynamicSupervisor.start_link(__MODULE__, nil, name: __MODULE__)
                  start_registry()
                  {:ok, pid}
                end
                """);
        assertTrue(t.contains("Its start adds children itself (start_registry/0)"), t);
        assertTrue(t.contains("assert %{active: _} = DynamicSupervisor.count_children(pid)"), t);
        assertFalse(t.contains("active: 0"), t);
    }

    @Test
    void aStartThatAddsNoneIsAssertedEmpty() throws IOException {
        String t = testOf("def start_link(_), do: DynamicSupervisor.start_link(__MODULE__, nil, name: __MODULE__)");
        assertTrue(t.contains("assert %{active: 0} = DynamicSupervisor.count_children(pid)"), t);
        assertFalse(t.contains("Its start adds children itself"), t);
    }
}
