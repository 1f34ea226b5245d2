package io.github.otpadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.project.SupervisionSources;
import io.github.otpadvisor.report.model.ModuleReport;
import io.github.otpadvisor.report.model.ReportModel;
import io.github.otpadvisor.report.model.ReportModelBuilder;
import io.github.otpadvisor.report.model.TreeView;
import io.github.otpadvisor.report.svg.SupervisionTreeSvg;
import io.github.otpadvisor.scan.ScanRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole analysis on valid code with pathological supervision graphs (issue 16): it used to end in
 * StackOverflowError (a 2,000-deep chain) or OutOfMemoryError (24 levels each listing the next
 * supervisor twice). The timeout only guards against a hang; sizes show the output stays proportionate.
 */
class PathologicalTreesTest {
    private static final Duration GUARD = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private AnalysisResult analyze(String name, String source) throws Exception {
        Path root = dir.resolve(name);
        Files.createDirectories(root.resolve("lib"));
        Files.writeString(root.resolve("lib/" + name + ".ex"), source);
        return new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root));
    }

    private static TreeView onlyTree(ReportModel model) {
        assertEquals(1, model.applications().size());
        assertEquals(1, model.applications().get(0).trees().size());
        return model.applications().get(0).trees().get(0);
    }

    private static ModuleReport module(ReportModel model, String name) {
        return model.modules().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aChainOfTwoThousandSupervisorsIsAnalyzedAndDrawn() {
        ReportModel model = assertTimeoutPreemptively(GUARD, () -> ReportModelBuilder.build(
                analyze("chain", SupervisionSources.chain("Chain", 2_000)), ReportFixtures.VERSION));
        assertEquals(2_001, model.modules().size(), "2,000 supervisors and the worker");
        TreeView tree = onlyTree(model);
        assertEquals(2_002, tree.nodes());
        assertTrue(tree.text().length() < 2_002 * 150, "text grows with the nodes, not their depth squared");
        String svg = SupervisionTreeSvg.render(tree.tree(), m -> null, Map.of());
        assertTrue(svg.endsWith("</svg>\n") && svg.length() < 2_002 * 1_000, "svg of " + svg.length());
        var placements = module(model, "Chain.Worker").supervision().placements();
        assertEquals(1, placements.size());
        assertEquals("… 1970 levels …", placements.get(0).get(1));
    }

    @Test
    void aSupervisorListedTwiceOnEveryLevelAndACycleGiveEveryReport() throws Exception {
        Path out = dir.resolve("out");
        AnalysisResult dag = assertTimeoutPreemptively(GUARD, () -> analyze("dag", SupervisionSources.doubled("Dag", 24)));
        ReportFixtures.write(dag, out, ReportFormat.MD, ReportFormat.HTML, ReportFormat.JSON, ReportFormat.SARIF);
        Map<String, String> files = ReportFixtures.read(out);
        assertTrue(files.get("md/index.md").contains("└─ Dag.S1 (one_for_one) [shared]"));
        String worker = files.get("md/modules/Dag.Worker/otp-decision.md");
        assertTrue(worker.contains("`Dag.S5 [shared]` > `… Dag.Worker`"), worker);
        assertTrue(worker.contains("- … and 4 more paths"), worker);
        assertTrue(files.get("html/modules/Dag.Worker.html").contains("<li>… and 4 more paths</li>"));
        assertTrue(files.values().stream().mapToInt(String::length).sum() < 2_000_000, "a few pages, not 2^24 nodes");
        assertEquals(49, onlyTree(ReportModelBuilder.build(dag, ReportFixtures.VERSION)).nodes());

        AnalysisResult cycle = assertTimeoutPreemptively(GUARD, () -> analyze("cycle", SupervisionSources.cycle("Loop", 40)));
        Path cycleOut = dir.resolve("cycle-out");
        ReportFixtures.write(cycle, cycleOut, ReportFormat.MD, ReportFormat.HTML);
        assertTrue(Files.readString(cycleOut.resolve("md/index.md")).contains("├─ Loop.S0 [cycle]"));
    }
}
