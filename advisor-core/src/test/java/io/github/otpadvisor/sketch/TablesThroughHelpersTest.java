package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.facts.EtsTable;
import io.github.otpadvisor.project.ProcessModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the seventh stop (issue 11): dotcom's stats servers create their table in init/1 through a helper
 * module ({@code Telemetry.Stats.new_table(__MODULE__)}) and were told "no owned ETS table" and to become plain
 * functions, which would leave the table to whichever process first called the helper.
 */
class TablesThroughHelpersTest {
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application

                  def start(_type, _args) do
                    Supervisor.start_link([Shop.Stats], strategy: :one_for_one)
                  end
                end
                """);
        FILES.put("lib/shop/stats.ex", """
                defmodule Shop.Stats do
                  use GenServer

                  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)

                  def dispatch_stats, do: GenServer.call(__MODULE__, :dispatch_stats)

                  def init(_) do
                    Telemetry.Stats.new_table(__MODULE__)
                    {:ok, nil}
                  end

                  def handle_call(:dispatch_stats, _from, state) do
                    Telemetry.Stats.dispatch_stats(__MODULE__)
                    {:reply, :ok, state}
                  end
                end
                """);
        FILES.put("lib/telemetry/stats.ex", """
                defmodule Telemetry.Stats do
                  def new_table(name) do
                    :ets.new(name, [:named_table, :public, :set, write_concurrency: true])
                  end

                  def dispatch_stats(table) do
                    :ets.rename(table, :"#{table}_temp_")
                    new_table(table)
                    :ok
                  end
                end
                """);
    }

    @TempDir
    static Path root;
    private static AnalysisResult result;

    @BeforeEach
    void analyze() throws IOException {
        if (result == null) {
            result = ShopProject.analyze(root, FILES);
        }
    }

    @Test
    void aTableInitCreatesThroughAnotherModuleIsOwnedAndKeepsTheProcess() {
        var summary = result.modules().stream().filter(m -> m.name().equals("Shop.Stats")).findFirst().orElseThrow();
        assertEquals(Pattern.GENSERVER, summary.recommendation());
        assertEquals(Verdict.FITS, summary.verdict());
        ProcessModule m = result.project().processModules().stream().filter(p -> p.name().equals("Shop.Stats"))
                .findFirst().orElseThrow();
        assertEquals(1, m.ownedTables().size(), m.ownedTables().toString()); // reached from init and a handler: once
        EtsTable t = m.ownedTables().get(0);
        assertEquals("init/1", t.function());
        assertEquals("made by Telemetry.Stats.new_table/1", t.name());
        assertTrue(t.location().file().endsWith("lib/telemetry/stats.ex"), t.location().toString());
    }
}
