package io.github.otpadvisor.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.decision.DecisionModel;
import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.project.Property;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claims issue 11's readers found false, each made true for the code or said "not known" with where to look:
 * the placement of a process its caller owns, Q4's answer and what it rests on, socket ownership, callers that
 * reach the process, a counter a restart resets, a Restart that names the start it knows, and a Supervision Tree
 * that knows the Implementation's start_link.
 */
class ClaimsTruthTest {
    @TempDir
    Path root;

    private AnalysisResult analyze(String... files) throws IOException {
        Files.writeString(root.resolve("mix.exs"), "defmodule Shop.MixProject do\n  use Mix.Project\n"
                + "  def project, do: [app: :shop]\nend\n");
        Files.createDirectories(root.resolve("lib"));
        for (int i = 0; i < files.length; i++) {
            Files.writeString(root.resolve("lib/m" + i + ".ex"), files[i]);
        }
        return new Analyzer(AnalysisOptions.defaults()).analyze(new ScanRequest(List.of(root), List.of(), List.of()));
    }

    private static Assessment assessment(AnalysisResult r, String module) {
        return r.assessments().all().stream().filter(x -> x.name().equals(module)).findFirst().orElseThrow();
    }

    private static ModuleReport page(AnalysisResult r, String module) {
        return ReportModelBuilder.build(r, "t").modules().stream().filter(m -> m.name().equals(module)).findFirst()
                .orElseThrow();
    }

    /** Credo's ExecutionIssues: one per run, unnamed, started by its own start_server/1 with the run's data. */
    private static final String PER_RUN = """
            defmodule Shop.RunIssues do
              use GenServer

              def start_server(run) do
                {:ok, pid} = GenServer.start_link(__MODULE__, [])
                Map.put(run, :issues_pid, pid)
              end

              def append(run, issue), do: GenServer.call(run.issues_pid, {:append, issue})
              def get(run), do: GenServer.call(run.issues_pid, :get)

              @impl true
              def init(_), do: {:ok, []}

              @impl true
              def handle_call({:append, issue}, _from, state), do: {:reply, :ok, [issue | state]}
              def handle_call(:get, _from, state), do: {:reply, state, state}
            end
            """;

    @Test
    void aProcessItsCallerOwnsHasItsPlacementNotKnownWithWhereItIsStarted() throws IOException {
        AnalysisResult r = analyze(PER_RUN);
        Assessment a = assessment(r, "Shop.RunIssues");
        assertTrue(a.decision().processNeeded());
        assertNull(a.decision().placement());
        assertFalse(a.decision().rationale().contains(DecisionModel.STATIC_WHY.strip()), a.decision().rationale());
        assertTrue(a.decision().rationale().contains("start_server/1 (lib/m0.ex:5)"), a.decision().rationale());
        ModuleReport page = page(r, "Shop.RunIssues");
        assertEquals("not known: one per caller, placed where it is started (lib/m0.ex:5)",
                page.recommendation().placement());
        String note = page.supervision().note();
        assertTrue(note.startsWith("One instance per caller, started by GenServer.start_link/2 in "
                + "Shop.RunIssues.start_server/1 (lib/m0.ex:5)"), note);
        assertFalse(note.contains("its application's children."), note);
    }

    @Test
    void aSupervisionTreeAfterAnAgentSketchKnowsTheStartLinkItAdds() throws IOException {
        ModuleReport page = page(analyze(PER_RUN), "Shop.RunIssues");
        assertEquals("Agent", page.recommendation().pattern());
        assertTrue(page.implementation().contains("def start_link("), page.implementation());
        String entry = page.supervision().childrenEntry();
        assertFalse(entry.contains("defines no start_link"), entry);
        assertTrue(entry.contains("has no start_link today; the Implementation above adds one"), entry);
        assertTrue(entry.contains("no children"), entry);
    }

    @Test
    void restartNamesTheStartItKnowsInsteadOfNotKnown() throws IOException {
        AnalysisResult r = analyze(PER_RUN, """
                defmodule Shop.Runner do
                  def run(data), do: Shop.RunIssues.start_server(data)
                end
                """, """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    children = Application.get_env(:shop, :children)
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                end
                """);
        FailureClaim restart = Failures.of(assessment(r, "Shop.RunIssues"), r.project()).stream()
                .filter(c -> c.topic().equals("Restart")).findFirst().orElseThrow();
        assertFalse(restart.text().startsWith("Not known today"), restart.text());
        assertTrue(restart.text().contains("start_server/1 (lib/m0.ex:5), outside any supervisor"), restart.text());
    }

    @Test
    void hibernateIsNoTimeoutAndQ4CitesWhatItRestsOn() throws IOException {
        AnalysisResult r = analyze("""
                defmodule Shop.Sessions do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)
                  def take(user), do: GenServer.call(__MODULE__, {:take, user})
                  @impl true
                  def init(s), do: {:ok, s}
                  @impl true
                  def handle_call({:take, user}, _from, s) do
                    s = if Map.has_key?(s, user), do: s, else: Map.put(s, user, System.os_time())
                    {:reply, Map.get(s, user), s, :hibernate}
                  end
                end
                """, """
                defmodule Shop.Ticker do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: __MODULE__)
                  @impl true
                  def init(n) do
                    Process.send_after(self(), :tick, 1_000)
                    {:ok, n}
                  end
                  @impl true
                  def handle_info(:tick, n), do: {:noreply, n + 1}
                end
                """);
        Assessment sessions = assessment(r, "Shop.Sessions");
        assertFalse(sessions.module().is(Property.TIMEOUTS), sessions.module().properties().evidence(Property.TIMEOUTS)
                .toString());
        assertFalse(sessions.answers().timeoutsMonitorsInfo());
        Evidence tick = AnswerEvidence.q4(assessment(r, "Shop.Ticker").module());
        assertNotNull(tick);
        assertEquals("lib/m1.ex", tick.file());
        assertTrue(tick.text().startsWith("timer: Process.send_after"), tick.text());
        StepView q4 = page(r, "Shop.Ticker").recommendation().steps().stream().filter(s -> s.number() == 4)
                .findFirst().orElseThrow();
        assertTrue(q4.yes());
        assertEquals(tick, q4.why());
    }

    @Test
    void socketMessagesAreAnIsolationNeed() throws IOException {
        AnalysisResult r = analyze("""
                defmodule Shop.Wire do
                  use GenServer
                  def start_link(sock), do: GenServer.start_link(__MODULE__, sock, name: __MODULE__)
                  @impl true
                  def init(sock), do: {:ok, %{sock: sock, buf: ""}}
                  @impl true
                  def handle_info({:tcp, _sock, data}, s), do: {:noreply, %{s | buf: s.buf <> data}}
                  def handle_info({:tcp_closed, _sock}, s), do: {:stop, :normal, s}
                end
                """);
        Assessment a = assessment(r, "Shop.Wire");
        assertTrue(a.module().is(Property.ISOLATION_NEED));
        assertTrue(a.module().properties().evidence(Property.ISOLATION_NEED).stream()
                .anyMatch(e -> e.text().endsWith("receives socket messages (:tcp)")));
    }

    @Test
    void aClauseDroppingAnHttpClientsLeakedSocketMessageOwnsNoSocket() throws IOException {
        AnalysisResult r = analyze("""
                defmodule Shop.Notifier do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: __MODULE__)
                  def bump, do: GenServer.call(__MODULE__, :bump)
                  @impl true
                  def init(n), do: {:ok, n}
                  @impl true
                  def handle_call(:bump, _from, n), do: {:reply, n, n + 1}
                  @impl true
                  def handle_info({:ssl_closed, _details}, state) do
                    # hackney leaks these to the caller
                    {:noreply, state}
                  end
                end
                """);
        assertFalse(assessment(r, "Shop.Notifier").module().properties().evidence(Property.ISOLATION_NEED).stream()
                .anyMatch(e -> e.text().contains("socket messages")));
    }

    @Test
    void onlyCallersWhoseCallsReachTheProcessCountForConcurrency() throws IOException {
        String limiter = """
                defmodule Shop.Limiter do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  def allowed?(key), do: :ets.lookup(:limits, key) == []
                  def reset, do: do_reset()
                  defp do_reset, do: GenServer.call(__MODULE__, :reset)
                  @impl true
                  def init(:ok) do
                    :ets.new(:limits, [:named_table, :public])
                    {:ok, %{}}
                  end
                  @impl true
                  def handle_call(:reset, _from, s), do: {:reply, :ets.delete_all_objects(:limits), s}
                end
                """;
        String a = "defmodule Shop.A do\n  def go(k), do: Shop.Limiter.allowed?(k)\nend\n";
        String b = "defmodule Shop.B do\n  def go(k), do: Shop.Limiter.allowed?(k)\nend\n";
        AnalysisResult plain = analyze(limiter, a, b);
        assertFalse(assessment(plain, "Shop.Limiter").module().is(Property.CONCURRENCY_NEED),
                "two callers of a plain ETS read do not reach the process");
        String c = "defmodule Shop.C do\n  def go, do: Shop.Limiter.reset()\nend\n";
        String d = "defmodule Shop.D do\n  def go, do: Shop.Limiter.reset()\nend\n";
        AnalysisResult reaching = analyze(limiter, a, b, c, d);
        List<Evidence> ev = assessment(reaching, "Shop.Limiter").module().properties()
                .evidence(Property.CONCURRENCY_NEED);
        assertEquals(List.of("its process is called from 2 other modules: Shop.C, Shop.D"),
                ev.stream().map(Evidence::text).toList(), "reset/0 reaches it through a local helper");
    }

    @Test
    void aCounterARestartResetsIsSaid() throws IOException {
        AnalysisResult r = analyze("""
                defmodule Shop.IdServer do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)
                  def next_id, do: GenServer.call(__MODULE__, :next_id)
                  @impl true
                  def init(_), do: {:ok, %{next_id: 1}}
                  @impl true
                  def handle_call(:next_id, _from, state) do
                    {:reply, state.next_id, %{state | next_id: state.next_id + 1}}
                  end
                end
                """);
        FailureClaim lost = Failures.of(assessment(r, "Shop.IdServer"), r.project()).stream()
                .filter(c -> c.topic().equals("State lost")).findFirst().orElseThrow();
        assertTrue(lost.text().contains("It hands out next_id and counts it up (lib/m0.ex:9): after a restart next_id"
                + " starts over"), lost.text());
        assertTrue(lost.evidence().contains("lib/m0.ex:9"), lost.evidence().toString());
    }
}
