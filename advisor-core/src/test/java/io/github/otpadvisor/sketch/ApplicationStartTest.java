package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.report.model.ModuleReport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gristle's Boss.System: the application's start callback calls its start/0 and returns {@code {:ok, self()}}, so
 * no supervisor restarts it. A reader: "'that module's supervisor starts it again' is false and the missing root
 * supervisor goes unreported", and the test "fails against the real code: mix test starts the app".
 */
class ApplicationStartTest {
    @TempDir
    Path root;

    private Map<String, ModuleReport> pages() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application

                  def start(_type, _args) do
                    Shop.Boss.start()
                    {:ok, self()}
                  end
                end
                """);
        files.put("lib/shop/boss.ex", """
                defmodule Shop.Boss do
                  use DynamicSupervisor

                  def start do
                    {:ok, pid} = start_link()
                    DynamicSupervisor.start_child(__MODULE__, {Shop.Worker, :first})
                    {:ok, pid}
                  end

                  def start_link do
                    DynamicSupervisor.start_link(__MODULE__, nil, name: __MODULE__)
                  end

                  @impl true
                  def init(_arg), do: DynamicSupervisor.init(strategy: :one_for_one)
                end
                """);
        files.put("lib/shop/worker.ex", """
                defmodule Shop.Worker do
                  use GenServer
                  def start_link(id), do: GenServer.start_link(__MODULE__, id)
                  def count(pid), do: GenServer.call(pid, :count)
                  @impl true
                  def init(id), do: {:ok, {id, 0}}
                  @impl true
                  def handle_call(:count, _from, {id, n}), do: {:reply, n, {id, n + 1}}
                end
                """);
        return ShopProject.pages(root, files);
    }

    @Test
    void nothingRestartsWhatTheStartCallbackStartsItself() throws Exception {
        ModuleReport r = pages().get("Shop.Boss");
        assertEquals("placement differs", r.recommendation().verdict(), r.recommendation().toString());
        assertTrue(r.supervision().today().startsWith("Today it is started by Shop.Application.start/2, its"
                + " application's start callback, which calls its start outside the supervision tree it starts: no"
                + " supervisor restarts it"), r.supervision().today());
        assertTrue(r.supervision().note().contains("List the entry below in the children of the supervisor its"
                + " application's start callback starts") && r.supervision().note().endsWith("The callback calls"
                + " its start, not its start_link: what start does besides starting it must still run once it has"
                + " started."), r.supervision().note());
        // its children are started by its own code: no start_child made up for them
        assertFalse(r.supervision().childrenEntry().contains("DynamicSupervisor.start_child("),
                r.supervision().childrenEntry());
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("OTP005")
                && f.file().equals("lib/shop/application.ex") && f.line() == 5), r.findings().toString());
    }

    @Test
    void itsCodeStaysAndOnlyItsStartMoves() throws Exception {
        ModuleReport r = pages().get("Shop.Boss");
        assertTrue(r.implementation().startsWith("# Shop.Boss keeps its code (DynamicSupervisor): no rewrite. What"
                + " changes is where it is started:\n# today it is started by Shop.Application.start/2"),
                r.implementation());
        assertTrue(r.implementation().contains("# OTP005 at lib/shop/application.ex:5:"), r.implementation());
        assertFalse(r.implementation().contains("defmodule"), r.implementation());
    }

    @Test
    void aTestUsesTheOneTheApplicationRuns() throws Exception {
        String t = pages().get("Shop.Boss").testSketch();
        assertTrue(Messages.parses(t), t);
        // where the test environment does not start the application, the test starts one itself
        assertTrue(t.contains("# The application starts it (lib/shop/application.ex:5): the test uses the running"
                + " one") && t.contains("pid = Process.whereis(Boss) || start_supervised!("), t);
    }
}
