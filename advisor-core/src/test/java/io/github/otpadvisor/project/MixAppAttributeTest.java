package io.github.otpadvisor.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.analysis.ModuleSummary;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the fourteenth stop (issue 11): gristle holds three Mix projects that define the same modules, each
 * mix.exs naming its application through an attribute ({@code @app :vcs}, {@code app: @app}, as Nerves projects
 * write it). Read as one nameless application, vcs's Comms.Operator was placed where demo_cluster starts its own.
 */
class MixAppAttributeTest {
    @TempDir
    Path root;

    private static final String WORKER = """
            defmodule Comms.Operator do
              use GenServer
              def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
              def init(_), do: {:ok, nil}
            end
            """;

    private static String mix(String module, String app, String mod) {
        return "defmodule " + module + ".MixProject do\n  use Mix.Project\n\n  @app :" + app + "\n\n"
                + "  def project, do: [app: @app, version: \"0.1.0\"]\n"
                + "  def application, do: [" + (mod == null ? "" : "mod: {" + mod + ", []}") + "]\nend\n";
    }

    @Test
    void eachProjectKeepsItsOwnModules() throws IOException {
        Map<String, String> files = Map.of(
                "demo/mix.exs", mix("Demo", "demo", "Demo.Application"),
                "demo/lib/application.ex", """
                        defmodule Demo.Application do
                          use Application
                          def start(_t, _a), do: Supervisor.start_link([Comms.Operator], strategy: :one_for_one)
                        end
                        """,
                "demo/lib/operator.ex", WORKER,
                "vcs/mix.exs", mix("Vcs", "vcs", null),
                "vcs/lib/operator.ex", WORKER);
        for (var e : files.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        AnalysisResult r = new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root));
        ModuleSummary demo = r.modules().stream().filter(m -> m.file().equals("demo/lib/operator.ex")).findFirst()
                .orElseThrow();
        ModuleSummary vcs = r.modules().stream().filter(m -> m.file().equals("vcs/lib/operator.ex")).findFirst()
                .orElseThrow();
        assertEquals(Supervision.Status.STATIC, demo.supervision().status(), demo.toString());
        assertEquals("Demo.Application", demo.supervision().parent(), demo.toString());
        // vcs's own module is started by nothing of vcs: not demo's static child
        assertNull(vcs.supervision().parent(), vcs.toString());
    }

    /**
     * fresh9, rated 2: vcs's MessageSorter.System, the second definition of the name, was "started by nothing" while
     * the first, demo's, had its Module.concat start named; its reports cited the other project's modules as ones
     * that "may build the child spec". Each definition gets the same refinements, from its own project.
     */
    @Test
    void aSecondDefinitionIsRefinedFromItsOwnProject() throws IOException {
        String boss = """
                defmodule Boss.System do
                  use DynamicSupervisor
                  def start_link, do: DynamicSupervisor.start_link(__MODULE__, nil, name: __MODULE__)
                  def init(_), do: DynamicSupervisor.init(strategy: :one_for_one)
                  def start_module(module, config) do
                    DynamicSupervisor.start_child(__MODULE__, %{id: module, start: {Module.concat(module, System), :start_link, [config]}})
                  end
                end
                """;
        String system = """
                defmodule Sorter.System do
                  use Supervisor
                  def start_link(config), do: Supervisor.start_link(__MODULE__, config, name: __MODULE__)
                  def init(config), do: Supervisor.init(Enum.map(config, fn c -> {Sorter.Sorter, c} end), strategy: :one_for_one)
                end
                """;
        Map<String, String> files = Map.of(
                "demo/mix.exs", mix("Demo", "demo", null),
                "demo/lib/boss.ex", boss,
                "demo/lib/system.ex", system,
                "demo/lib/user.ex", "defmodule Demo.User do\n  def go, do: Sorter.System.init([])\nend\n",
                "vcs/mix.exs", mix("Vcs", "vcs", null),
                "vcs/lib/boss.ex", boss,
                "vcs/lib/system.ex", system);
        for (var e : files.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        AnalysisResult r = new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root));
        for (String file : java.util.List.of("demo/lib/system.ex", "vcs/lib/system.ex")) {
            ModuleSummary m = r.modules().stream().filter(x -> x.file().equals(file)).findFirst().orElseThrow();
            org.junit.jupiter.api.Assertions.assertTrue(m.supervision().why().contains("Module.concat(_, System)"),
                    m.toString());
        }
    }
}
