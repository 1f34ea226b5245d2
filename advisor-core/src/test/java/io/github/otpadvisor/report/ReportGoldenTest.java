package io.github.otpadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.elixir.ParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown and HTML reports of the fixture project {@code reports/project} (every recommended
 * pattern, every section, findings, a tree with static, dynamic and partitioned children) against
 * golden files. Regenerate with {@code -Dotp.regenerate=true} and review the diff.
 */
class ReportGoldenTest {
    private static final Path GOLDEN = ReportFixtures.ROOT.resolve("golden");
    private static final List<String> SECTIONS = List.of("# OTP Analysis: ", "## Requirement", "## BEAM Architecture Context",
            "## Recommendation", "## Implementation", "## Supervision Tree", "## Testing Approach", "## Findings");

    @Test
    void markdownAndHtmlMatchTheGoldenFiles(@TempDir Path out) throws Exception {
        ReportFixtures.write(ReportFixtures.analyze("project"), out, ReportFormat.MD, ReportFormat.HTML);
        Map<String, String> actual = ReportFixtures.reports(out);
        if (Boolean.getBoolean("otp.regenerate")) {
            ReportFixtures.replace(GOLDEN, actual);
        }
        Map<String, String> expected = ReportFixtures.read(GOLDEN);
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        for (String file : expected.keySet()) {
            assertEquals(expected.get(file), actual.get(file), file);
        }
    }

    @Test
    void theFixtureExercisesEveryRecommendedAbstractionPlacementAndVerdict() {
        AnalysisResult result = ReportFixtures.analyze("project");
        Set<Pattern> seen = new TreeSet<>();
        Set<Placement> placed = new TreeSet<>();
        Set<Verdict> verdicts = new TreeSet<>();
        result.modules().forEach(m -> {
            seen.add(m.recommendation());
            verdicts.add(m.verdict());
            if (m.placementRecommended() != null) {
                placed.add(m.placementRecommended());
            }
        });
        Set<Pattern> all = new TreeSet<>(List.of(Pattern.values()));
        all.removeIf(p -> !p.isAbstraction()); // placements, never the abstraction of a module of its own
        assertEquals(all, seen);
        assertEquals(new TreeSet<>(List.of(Placement.values())), placed);
        assertEquals(new TreeSet<>(List.of(Verdict.values())), verdicts);
    }

    @Test
    void everyDecisionHasEverySectionInOrderAndItsElixirParses(@TempDir Path out) throws Exception {
        ReportFixtures.write(ReportFixtures.analyze("project"), out, ReportFormat.MD);
        Map<String, String> files = ReportFixtures.read(out.resolve("md"));
        List<String> decisions = files.keySet().stream().filter(f -> f.endsWith("/otp-decision.md")).toList();
        assertEquals(14, decisions.size());
        ElixirFrontEnd parser = new ElixirFrontEnd();
        for (String f : decisions) {
            String md = files.get(f);
            int at = -1;
            for (String section : SECTIONS) {
                int next = md.indexOf(section, at + 1);
                assertTrue(next > at, f + ": section " + section + " missing or out of order");
                at = next;
            }
            assertFalse(md.contains("${") || md.contains("{feature}") || md.contains("{yes/no"),
                    f + ": no placeholders left");
            List<String> blocks = elixirBlocks(md);
            assertTrue(blocks.size() >= 2, f + ": implementation and test sketches");
            for (String code : blocks) {
                ParseResult parsed = parser.parse(code);
                assertTrue(parsed.ok(), f + ": sketch does not parse: " + parsed.error() + "\n" + code);
            }
        }
    }

    @Test
    void sameInputGivesTheSameBytes(@TempDir Path a, @TempDir Path b) throws Exception {
        ReportFixtures.write(ReportFixtures.analyze("project"), a, ReportFormat.MD, ReportFormat.HTML,
                ReportFormat.JSON, ReportFormat.SARIF);
        ReportFixtures.write(ReportFixtures.analyze("project"), b, ReportFormat.MD, ReportFormat.HTML,
                ReportFormat.JSON, ReportFormat.SARIF);
        assertEquals(ReportFixtures.read(a), ReportFixtures.read(b));
    }

    static List<String> elixirBlocks(String md) {
        List<String> blocks = new ArrayList<>();
        Matcher m = java.util.regex.Pattern.compile("(?m)^(`{3,})elixir\\n(.*?)^\\1$", java.util.regex.Pattern.DOTALL).matcher(md);
        while (m.find()) {
            blocks.add(m.group(2));
        }
        return blocks;
    }
}
