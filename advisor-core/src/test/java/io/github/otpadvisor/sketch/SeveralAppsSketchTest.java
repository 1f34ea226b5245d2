package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the fourteenth stop (issue 11): gristle's demo_cluster and vcs each define a Boss.Operator, started by
 * each one's Boss.System with other arguments ({@code [node_type]}, {@code [model_type, node_type]}). vcs's report
 * showed demo_cluster's start_child and start arguments, and pointed its test to another project's test file.
 */
class SeveralAppsSketchTest {
    @TempDir
    Path root;

    private static String mix(String module, String app) {
        return "defmodule " + module + ".MixProject do\n  use Mix.Project\n"
                + "  def project, do: [app: :" + app + ", version: \"0.1.0\"]\n"
                + "  def application, do: [mod: {Boss.Application, []}]\nend\n";
    }

    private static String operator(String params) {
        return """
                defmodule Boss.Operator do
                  use GenServer
                  def start_link(%1$s), do: GenServer.start_link(__MODULE__, {%1$s}, name: __MODULE__)
                  def init(args), do: {:ok, args}
                  def get, do: GenServer.call(__MODULE__, :get)
                  def put(value), do: GenServer.cast(__MODULE__, {:put, value})
                  def handle_call(:get, _from, state), do: {:reply, state, state}
                  def handle_cast({:put, value}, _state), do: {:noreply, value}
                end
                """.formatted(params);
    }

    private static String system(String args) {
        return """
                defmodule Boss.System do
                  use DynamicSupervisor
                  def start_link(_), do: DynamicSupervisor.start_link(__MODULE__, nil, name: __MODULE__)
                  def init(_), do: DynamicSupervisor.init(strategy: :one_for_one)
                  def start(%1$s) do
                    DynamicSupervisor.start_child(__MODULE__, %%{id: Boss.Operator, start: {Boss.Operator, :start_link, [%1$s]}})
                  end
                end
                """.formatted(args);
    }

    private static final String APPLICATION = """
            defmodule Boss.Application do
              use Application
              def start(_t, _a), do: Supervisor.start_link([Boss.System], strategy: :one_for_one)
            end
            """;

    @Test
    void eachDefinitionIsSketchedFromItsOwnApplication() throws IOException {
        Map<String, String> files = Map.of(
                "demo/mix.exs", mix("Demo", "demo"),
                "demo/lib/application.ex", APPLICATION,
                "demo/lib/boss/operator.ex", operator("node_type"),
                "demo/lib/boss/system.ex", system("node_type"),
                "demo/test/boss/operator_test.exs", """
                        defmodule Boss.OperatorTest do
                          use ExUnit.Case
                          test "keeps what it is given" do
                            {:ok, _} = Boss.Operator.start_link(:ground)
                            Boss.Operator.put(:air)
                            assert :air = Boss.Operator.get()
                          end
                        end
                        """,
                "vcs/mix.exs", mix("Vcs", "vcs"),
                "vcs/lib/application.ex", APPLICATION,
                "vcs/lib/boss/operator.ex", operator("model_type, node_type"),
                "vcs/lib/boss/system.ex", system("model_type, node_type"));
        for (var e : files.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        AnalysisResult r = new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root));
        ProjectFacts project = r.project();
        // what the sketches read: the start sites, the definition and the project's own test, each of its own app
        assertEquals(List.of("vcs/lib/boss/system.ex"), project.startSitesFor("Boss.Operator", "vcs").stream()
                .filter(s -> s.kind() == StartSite.Kind.DYNAMIC_START_CHILD).map(s -> s.location().file()).toList());
        assertEquals(List.of("demo/lib/boss/system.ex"), project.startSitesFor("Boss.Operator", "demo").stream()
                .filter(s -> s.kind() == StartSite.Kind.DYNAMIC_START_CHILD).map(s -> s.location().file()).toList());
        assertEquals("vcs/lib/boss/operator.ex", project.fileOf("Boss.Operator", "vcs").orElseThrow().file());
        assertEquals(Set.of(2), ProjectTests.of(project, "Boss.Operator", "vcs").startArities());
        assertNull(ProjectTests.of(project, "Boss.Operator", "vcs").file());
        assertEquals(Set.of(1), ProjectTests.of(project, "Boss.Operator", "demo").startArities());
        assertEquals("demo/test/boss/operator_test.exs", ProjectTests.of(project, "Boss.Operator", "demo").file());
        // and the reports: neither test sketch names a file of the other application
        String vcs = testSketch(r, "vcs/lib/boss/operator.ex");
        assertTrue(vcs.contains("vcs/"), vcs);
        assertFalse(vcs.contains("demo/"), vcs);
        String demo = testSketch(r, "demo/lib/boss/operator.ex");
        assertFalse(demo.contains("vcs/"), demo);
    }

    /** The test sketch of the definition in {@code file}. */
    private static String testSketch(AnalysisResult r, String file) {
        Assessment a = r.assessments().all().stream().filter(x -> x.module().file().equals(file)).findFirst()
                .orElseThrow();
        return ElixirSketches.testSketch(SketchInput.of(a, r.project(), List.of()));
    }
}
