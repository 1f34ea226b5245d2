package io.github.otpadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.report.SectionContradictions.Check;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No section of a module's page contradicts another (issue 11): over the pages of every fixture project, and each
 * check on a page that has exactly its contradiction and on the same page without it.
 */
class SectionContradictionsTest {
    @TestFactory
    Stream<DynamicTest> noFixturePageContradictsItself() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path root : ConsistencyTest.projects()) {
            tests.add(dynamicTest(root.toString(), () -> {
                Path out = Files.createTempDirectory("contradictions");
                ReportFixtures.write(new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root)), out,
                        ReportFormat.MD);
                List<String> found = new ArrayList<>();
                for (Map.Entry<String, String> page : ReportFixtures.read(out).entrySet()) {
                    if (page.getKey().endsWith("otp-decision.md")) {
                        SectionContradictions.of(page.getValue()).forEach(c -> found.add(page.getKey() + ": " + c));
                    }
                }
                assertEquals(List.of(), found);
            }));
        }
        return tests.stream();
    }

    @Test
    void placementNoProcessUnderProcessNeeded() {
        assertFinds(Check.PLACEMENT_VS_PROCESS, page("YES", "none (no process)", "A GenServer.", "", "Today it is a"
                + " static child of A, at lib/a.ex:3.", ":permanent (x): restarted.", "**yes** - `lib/a.ex:9`: t"));
        assertClean(page("NO", "none (no process)", "Functions.", "", "Today it is a static child of A.",
                ":permanent (x).", "**no**"));
    }

    @Test
    void rationaleStaticChildAgainstAnotherPlacement() {
        assertFinds(Check.RATIONALE_VS_PLACEMENT, page("YES", "not known: one per caller", "A GenServer. It is started"
                + " once, as a static child of a regular Supervisor.", "", "Today it is a static child of A.",
                ":permanent (x).", "**yes** - t"));
        assertClean(page("YES", "static child", "A GenServer. It is started once, as a static child of a regular "
                + "Supervisor.", "", "Today it is a static child of A.", ":permanent (x).", "**yes** - t"));
    }

    @Test
    void sketchStartLinkAgainstTreeSayingNone() {
        String sketch = "```elixir\ndefmodule A do\n  def start_link(_opts) do\n  end\nend\n```";
        String tree = "```elixir\n# A defines no start_link: a children entry {A, arg} calls start_link(arg).\n```";
        assertFinds(Check.SKETCH_START_LINK, page("YES", "static child", "A.", sketch, "Today it is a static child"
                + " of A.\n\n" + tree, ":permanent (x).", "**yes** - t"));
        assertClean(page("YES", "static child", "A.", "```elixir\n# def start_link(arg) in a comment\n```",
                "Today it is a static child of A.\n\n" + tree, ":permanent (x).", "**yes** - t"));
    }

    @Test
    void restartNotKnownWhileTheStartIsNamed() {
        assertFinds(Check.RESTART_UNKNOWN_BUT_START_KNOWN, page("YES", "static child", "A.", "", "Where it sits "
                + "today could not be resolved: started by GenServer.start\\_link in A.start/1, outside any "
                + "supervisor.", "Not known today (its start is not in the scanned files).", "**yes** - t"));
        assertClean(page("YES", "static child", "A.", "", "Where it sits today could not be resolved: no children "
                + "list starts it.", "Not known today (its start is not in the scanned files).", "**yes** - t"));
    }

    @Test
    void restartNoneUnderASupervisor() {
        assertFinds(Check.RESTART_VS_TREE, page("YES", "static child", "A.", "", "Today it is a static child of B,"
                + " at lib/b.ex:4.", "None: it is started outside any supervisor.", "**yes** - t"));
        assertFinds(Check.RESTART_VS_TREE, page("YES", "static child", "A.", "", "Today it is started outside any"
                + " supervisor, at lib/b.ex:4.", ":permanent (default): restarted.", "**yes** - t"));
        assertClean(page("YES", "static child", "A.", "", "Today it is started outside any supervisor, at "
                + "lib/b.ex:4.", "None: it is started outside any supervisor.", "**yes** - t"));
    }

    @Test
    void q4YesCitesWhatItRestsOn() {
        assertFinds(Check.Q4_WITHOUT_EVIDENCE, page("YES", "static child", "A.", "", "Today it is a static child "
                + "of A.", ":permanent (x).", "**yes**"));
        assertClean(page("YES", "static child", "A.", "", "Today it is a static child of A.", ":permanent (x).",
                "**no**"));
    }

    @Test
    void isolationNoWhileHandlingSocketMessages() {
        String md = page("YES", "static child", "A.", "", "Today it is a static child of A.", ":permanent (x).",
                "**yes** - t");
        assertFinds(Check.ISOLATION_VS_SOCKET, md.replace("REQ", "It handles messages {:tcp, socket, data}."));
        assertClean(md.replace("REQ", "It handles messages {:tick, n}."));
    }

    @Test
    void perCallerProcessToldToJoinTheApplication() {
        String advice = "Today it is a static child of A.\n\nNothing shows where it is started: if nothing supervises"
                + " it, add the entry below to its application's children.";
        assertFinds(Check.PER_CALLER_AS_APP_CHILD, page("YES", "not known: one per caller", "A.", "", advice,
                ":permanent (x).", "**yes** - t"));
        assertClean(page("YES", "static child", "A.", "", advice, ":permanent (x).", "**yes** - t"));
    }

    private static void assertFinds(Check check, String md) {
        List<SectionContradictions.Contradiction> found = SectionContradictions.of(md);
        assertEquals(List.of(check), found.stream().map(SectionContradictions.Contradiction::check).toList(),
                md);
    }

    private static void assertClean(String md) {
        assertTrue(SectionContradictions.of(md).isEmpty(), SectionContradictions.of(md) + "\n" + md);
    }

    /** A page with the sections the checks read; {@code REQ} marks the requirement sentence. */
    private static String page(String processNeeded, String placement, String rationale, String implementation,
                               String tree, String restart, String q4) {
        return "# OTP Analysis: A\n\n## Requirement\n\nREQ\n\n## BEAM Architecture Context\n\n"
                + "- Does this need isolation? **no** - none found\n\n## Recommendation\n\n**Process needed**: "
                + processNeeded + "\n\n**Pattern**: GenServer\n\n**Placement**: " + placement + "\n\n**Rationale**: "
                + rationale + " Decided by Q4.\n\n1. Q1 Is this stateless computation? **no**\n"
                + "2. Q4 Do you need timeouts, monitors, or handle\\_info? " + q4 + "\n\n## Implementation\n\n"
                + implementation + "\n\n## Supervision Tree\n\n" + tree + "\n\nWhat a crash costs today:\n\n"
                + "- **Restart**: " + restart + "\n\n## Testing Approach\n\n## Findings\n";
    }
}
