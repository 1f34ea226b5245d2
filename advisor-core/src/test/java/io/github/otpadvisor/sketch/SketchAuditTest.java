package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.assess.Assessor;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.report.ReportFormat;
import io.github.otpadvisor.report.ReportSettings;
import io.github.otpadvisor.report.ReportWriter;
import io.github.otpadvisor.scan.ScanRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fixture project and the bundled example, analyzed and written as Markdown reports: each module a
 * sketch redefines keeps its message tags, restart/shutdown options and init timers, and every registry or
 * supervisor name in a sketch exists in the project or is added by the report ({@link SketchAudit}).
 */
class SketchAuditTest {
    static final List<String> FIXTURES = List.of("facts/placement", "facts/umbrella", "facts/cycle", "sketch/hostile", "sketch/moved",
            "sketch/bypass", "sketch/kept",
            "assess/purpose", "reports/project", "reports/hostile");

    @TempDir
    Path out;

    @TestFactory
    Stream<DynamicTest> sketchesKeepWhatTheModulesDo() {
        Stream<Path> roots = Stream.concat(FIXTURES.stream().map(f -> Path.of("src/test/resources", f)),
                Stream.of(Path.of("../examples/polyglot-shop")));
        return roots.map(root -> dynamicTest(root.toString(), () -> {
            Path dir = out.resolve(root.getFileName().toString() + "-" + Math.abs(root.hashCode()));
            AnalysisResult r = new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root));
            ReportWriter.write(r, new ReportSettings(Set.of(ReportFormat.MD), dir, null, "test"));
            SketchAudit.Counts c = SketchAudit.audit(root.toString(), root, dir);
            assertTrue(c.reports() > 0, "no module reports for " + root);
            assertTrue(c.clean(), () -> c.row() + "\n" + String.join("\n", c.details()));
        }));
    }

    /** Each module of the example and the umbrella fixture rewritten to every pattern keeps what it does. */
    @Test
    void everyRewriteKeepsTagsOptionsAndTimers() {
        List<String> problems = new java.util.ArrayList<>();
        int checked = 0;
        for (Path root : List.of(SketchCases.polyglotShop(), SketchCases.umbrella(),
                SketchCases.resource("/sketch/moved"), SketchCases.resource("/sketch/bypass"))) {
            ProjectFacts project = SketchCases.project(root);
            for (Assessment own : Assessor.assess(project).all()) {
                if (own.module().abstraction().isSupervisor()) {
                    continue;
                }
                for (Decision d : SketchCases.decisions()) {
                    SketchInput in = SketchInput.of(own.withDecision(d), project);
                    SketchPlan.Shape shape = new SketchPlan(in).shape;
                    if (in.code().fits() || shape == SketchPlan.Shape.SUPERVISOR
                            || shape == SketchPlan.Shape.DYNAMIC_SUPERVISOR) {
                        continue;
                    }
                    checked++;
                    for (String p : SketchAudit.dropped(own.module().facts(), ElixirSketches.implementation(in))) {
                        problems.add(own.name() + " as " + SketchCases.label(d) + ": " + p);
                    }
                }
            }
        }
        assertTrue(checked > 50, "rewrites checked: " + checked);
        assertEquals(List.of(), problems);
    }

    @Test
    void theAuditSeesADroppedTagAndAnInventedName() throws Exception {
        Path root = out.resolve("app");
        Files.createDirectories(root.resolve("lib"));
        Files.writeString(root.resolve("lib/worker.ex"), String.join("\n",
                "defmodule App.Worker do",
                "  use GenServer, restart: :temporary",
                "  def init(_), do: (Process.send_after(self(), :tick, 10); {:ok, %{}})",
                "  def handle_call({:fetch, key}, _from, s), do: {:reply, Map.get(s, key), s}",
                "  def handle_info(:tick, s), do: {:noreply, s}",
                "end", ""));
        Path md = out.resolve("md/modules/App.Worker");
        Files.createDirectories(md);
        Files.writeString(md.resolve("otp-decision.md"), String.join("\n",
                "# OTP Analysis: App.Worker", "", "## Implementation", "", "```elixir",
                "defmodule App.Worker do", "  use GenServer", "  @registry App.Nowhere", "end", "```", "",
                "## Supervision Tree", "", "## Testing Approach", "", "---", "`lib/worker.ex:1` · otp-advisor x", ""));
        SketchAudit.Counts c = SketchAudit.audit("app", root, out.resolve("md"));
        assertEquals(1, c.redefined());
        assertEquals(2, c.droppedTags(), String.join("\n", c.details())); // :fetch and :tick
        assertEquals(1, c.droppedRestart());
        assertEquals(1, c.droppedInitTimers());
        assertEquals(1, c.inventedNames());
        assertFalse(c.clean());
    }

    @Test
    void aTagCountsAsAnAtomOrAFunctionNotAsPartOfAnotherWord() {
        assertTrue(SketchAudit.carries("def handle_call({:get, key}, _from, state) do", "get"));
        assertTrue(SketchAudit.carries("  def get(key) do", "get"));
        assertTrue(SketchAudit.carries("# Today it also handles handle_info :tick.", "tick"));
        assertFalse(SketchAudit.carries("Map.get(state, key) :get_all", "get"));
        assertFalse(SketchAudit.carries("def get_or_start(id) do", "get"));
    }
}
