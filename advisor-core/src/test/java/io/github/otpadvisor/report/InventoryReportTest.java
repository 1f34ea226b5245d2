package io.github.otpadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.analysis.ModuleSummary;
import io.github.otpadvisor.report.model.ApplicationReport;
import io.github.otpadvisor.report.model.InventoryRow;
import io.github.otpadvisor.report.model.ModuleReport;
import io.github.otpadvisor.report.model.ReportModel;
import io.github.otpadvisor.report.model.ReportModelBuilder;
import io.github.otpadvisor.scan.ScanRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process inventory as reports show it: one page per definition, library processes counted, no test code. */
class InventoryReportTest {
    @TempDir
    Path dir;

    private void write(String path, String source) throws Exception {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, source);
    }

    @Test
    void twoSameNamedModulesAreTwoPagesLibraryProcessesAreCountedTestModulesAreLeftOut() throws Exception {
        write("apps/a/mix.exs", "defmodule A.MixProject do\n  def project, do: [app: :a]\nend\n");
        write("apps/b/mix.exs", "defmodule B.MixProject do\n  def project, do: [app: :b]\nend\n");
        String worker = """
                defmodule Shared.Worker do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: __MODULE__)
                  def init(n), do: {:ok, n}
                  def handle_cast(:bump, n), do: {:noreply, n + 1}
                end
                """;
        write("apps/a/lib/worker.ex", worker);
        write("apps/b/lib/worker.ex", worker.replace("n + 1", "n + 2"));
        write("apps/a/lib/application.ex", """
                defmodule A.Application do
                  use Application
                  def start(_, _), do: Supervisor.start_link([Shared.Worker], strategy: :one_for_one)
                end
                """);
        write("apps/a/lib/page_live.ex", "defmodule A.PageLive do\n  use Phoenix.LiveView\nend\n");
        write("apps/a/test/support/fake.ex", "defmodule A.Fake do\n  use GenServer\nend\n");
        AnalysisResult result = new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(dir));

        List<ModuleSummary> workers = result.modules().stream().filter(m -> m.name().equals("Shared.Worker")).toList();
        assertEquals(List.of("apps/a/lib/worker.ex", "apps/b/lib/worker.ex"),
                workers.stream().map(ModuleSummary::file).sorted().toList());
        assertTrue(result.modules().stream().noneMatch(m -> m.name().equals("A.Fake")), "test code is no module");
        assertEquals(1, result.assessments().of("Shared.Worker", "apps/a/lib/worker.ex").orElseThrow()
                .module().supervisedBy().size(), "the children list of app a names a's definition");
        assertTrue(result.assessments().of("Shared.Worker", "apps/b/lib/worker.ex").orElseThrow()
                .module().supervisedBy().isEmpty(), "b's definition is not in a's tree");

        ReportModel model = ReportModelBuilder.build(result, ReportFixtures.VERSION);
        List<ModuleReport> pages = model.modules().stream().filter(m -> m.name().equals("Shared.Worker")).toList();
        assertEquals(2, pages.size());
        assertNotEquals(pages.get(0).slug(), pages.get(1).slug());
        assertTrue(model.modules().stream().noneMatch(m -> m.name().equals("A.Fake")));
        ApplicationReport a = model.applications().stream().filter(x -> x.name().equals("a")).findFirst().orElseThrow();
        InventoryRow live = a.inventory().stream().filter(r -> r.abstraction().startsWith("Phoenix.LiveView"))
                .findFirst().orElseThrow();
        assertEquals(List.of("A.PageLive"), live.modules());
        assertTrue(a.modules().contains("Shared.Worker") && !a.modules().contains("A.PageLive"),
                "a library process has no decision and no page");
    }
}
