package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.assess.Assessor;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.extract.FileFactsExtractor;
import io.github.otpadvisor.project.ProjectFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, "restart/shutdown carried" and "terminate/2 carried or named": a module whose own start_child gives it
 * {@code restart: :transient} in a map spec (Realtime.RateCounter's new/2) keeps it in every rewrite's use line, and
 * one whose terminate/2 closes a handle (LambdaEthereumConsensus.Store.Db) has it named, quoted, in every rewrite;
 * the audit counts a sketch that drops either.
 */
class RestartAndTerminateCarriedTest {
    private static final String COUNTER = """
            defmodule Shop.Counter do
              use GenServer

              def start_link(args) do
                id = Keyword.fetch!(args, :id)
                GenServer.start_link(__MODULE__, args, name: {:via, Registry, {Shop.Registry, id}})
              end

              def new(id) do
                DynamicSupervisor.start_child(Shop.Counters, %{
                  id: id,
                  start: {__MODULE__, :start_link, [[id: id]]},
                  restart: :transient,
                  shutdown: 10_000
                })
              end

              def get(id), do: GenServer.call({:via, Registry, {Shop.Registry, id}}, :get)

              def init(args), do: {:ok, %{id: Keyword.fetch!(args, :id), count: 0}}
              def handle_call(:get, _from, state), do: {:reply, state.count, state}
            end
            """;
    private static final String DB = """
            defmodule Shop.Db do
              use GenServer

              def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
              def get_ref, do: GenServer.call(__MODULE__, :get_ref)

              def init(opts) do
                Process.flag(:trap_exit, true)
                {:ok, ref} = Shop.Store.open(opts)
                {:ok, %{ref: ref}}
              end

              def terminate(_reason, %{ref: ref}) do
                :ok = Shop.Store.close(ref)
              end

              def handle_call(:get_ref, _from, %{ref: ref} = state), do: {:reply, ref, state}
            end
            """;

    @TempDir
    Path root;

    private ProjectFacts project() throws IOException {
        Files.writeString(root.resolve("mix.exs"), """
                defmodule Shop.MixProject do
                  use Mix.Project
                  def project, do: [app: :shop, version: "0.1.0"]
                end
                """);
        Files.createDirectories(root.resolve("lib/shop"));
        Files.writeString(root.resolve("lib/shop/counter.ex"), COUNTER);
        Files.writeString(root.resolve("lib/shop/db.ex"), DB);
        return SketchCases.project(root);
    }

    /** Every rewrite of {@code module} (every decision that changes it), with the decision's label. */
    private static List<String[]> rewrites(ProjectFacts project, String module) {
        List<String[]> out = new ArrayList<>();
        Assessment a = Assessor.assess(project).of(module).orElseThrow();
        for (Decision d : SketchCases.decisions()) {
            SketchInput in = SketchInput.of(a.withDecision(d), project);
            SketchPlan.Shape shape = new SketchPlan(in).shape;
            if (!in.code().fits() && shape != SketchPlan.Shape.SUPERVISOR && shape != SketchPlan.Shape.DYNAMIC_SUPERVISOR) {
                out.add(new String[] {SketchCases.label(d), ElixirSketches.implementation(in), shape.name()});
            }
        }
        return out;
    }

    @Test
    void theRestartAndShutdownItsOwnStartChildGivesAreOnEveryRewritesUseLine() throws IOException {
        ProjectFacts project = project();
        List<String[]> all = rewrites(project, "Shop.Counter");
        assertTrue(all.size() > 3, "rewrites: " + all.size());
        FileFacts file = FileFactsExtractor.extractSource("lib/shop/counter.ex", null, COUNTER);
        var facts = file.modules().get(0);
        for (String[] r : all) {
            boolean process = !r[2].equals("FUNCTIONS") && !r[2].equals("TASK");
            if (process) {
                assertTrue(r[1].contains(", restart: :transient, shutdown: 10000"), r[0] + "\n" + r[1]);
            } else {
                assertTrue(r[1].contains("Not kept: restart: :transient, shutdown: 10000"), r[0] + "\n" + r[1]);
            }
            assertEquals(List.of(), SketchAudit.droppedStartOptions(file, "Shop.Counter", facts, r[1]), r[0]);
        }
    }

    @Test
    void theAuditCountsARestartOnlyItsOwnStartChildGives() {
        FileFacts file = FileFactsExtractor.extractSource("lib/shop/counter.ex", null, COUNTER);
        List<String> lost = SketchAudit.droppedStartOptions(file, "Shop.Counter", file.modules().get(0),
                "defmodule Shop.Counter do\n  use GenServer\nend");
        assertEquals(List.of("option\trestart: :transient (its start_child spec)",
                "option\tshutdown: 10000 (its start_child spec)"), lost);
    }

    @Test
    void terminateIsNamedAndQuotedInEveryRewrite() throws IOException {
        ProjectFacts project = project();
        List<String[]> all = rewrites(project, "Shop.Db");
        assertTrue(all.size() > 3, "rewrites: " + all.size());
        for (String[] r : all) {
            boolean kept = r[1].contains("def terminate(_reason, %{ref: ref}) do\n    :ok = Shop.Store.close(ref)");
            boolean named = r[1].contains("# Today's terminate/2 (lib/shop/db.ex:13) runs at shutdown (init/1 traps")
                    && r[1].contains("#   def terminate(_reason, %{ref: ref}) do\n  #     :ok = Shop.Store.close(ref)");
            // the table's owner: today's clause on its new state, each field read from the table init/1 filled
            boolean owner = r[1].contains("def terminate(_reason, table) do\n    [{:ref, ref}] = :ets.lookup(table, :ref)\n"
                    + "    :ok = Shop.Store.close(ref)") && r[1].contains("It runs at shutdown (init/1 traps exits)");
            assertTrue(kept || named || owner, r[0] + "\n" + r[1]);
            assertTrue(r[1].contains("trap_exit"), r[0] + "\n" + r[1]);
        }
        var facts = FileFactsExtractor.extractSource("lib/shop/db.ex", null, DB).modules().get(0);
        assertEquals(List.of("option\tterminate/2"), SketchAudit.dropped(facts,
                "defmodule Shop.Db do\n  use GenServer\n  # trap_exit, :get_ref\nend"));
    }

    /**
     * A per-entity rewrite that keeps today's start_link (it takes keywords, not an id) has no get_or_start/1: its
     * test starts one through the sketch's start_child with the keys the start fetches, and a second start finds it.
     */
    @Test
    void aPerEntityTestCallsOnlyWhatTheSketchDefines() throws IOException {
        ProjectFacts project = project();
        Assessment a = Assessor.assess(project).of("Shop.Counter").orElseThrow();
        int startChild = 0;
        for (Decision d : SketchCases.decisions()) {
            SketchInput in = SketchInput.of(a.withDecision(d), project);
            SketchPlan plan = new SketchPlan(in);
            if (in.code().fits() || !plan.perEntity()) {
                continue;
            }
            String impl = ElixirSketches.implementation(in);
            String test = ElixirSketches.testSketch(in);
            if (test.contains("Counter.get_or_start(")) {
                assertTrue(impl.contains("def get_or_start("), SketchCases.label(d) + "\n" + impl + "\n" + test);
            } else {
                startChild++;
                assertTrue(impl.contains("def start_child(args)"), SketchCases.label(d) + "\n" + impl);
                assertTrue(test.contains("{:ok, pid} = Counter.start_child(id: \"id-1\")\n"
                        + "    assert {:error, {:already_started, ^pid}} = Counter.start_child(id: \"id-1\")"), test);
            }
        }
        assertTrue(startChild > 0, "no rewrite kept today's start_link");
    }
}
