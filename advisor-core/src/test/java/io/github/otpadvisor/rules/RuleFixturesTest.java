package io.github.otpadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rule tests as data (src/test/resources/rules/README.md): each fixture is analyzed alone, with its
 * positive/ or negative/ folder as the scan root, and the findings of every rule must equal the
 * {@code # expect:} markers, as a multiset of (rule, line); a fixture without markers yields nothing.
 */
class RuleFixturesTest {
    static final Path ROOT = Path.of("src/test/resources/rules");
    private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*(OTP\\d{3}(?:\\s+OTP\\d{3})*)\\s*$");
    private static final Pattern EXPECT_SUPPRESSION =
            Pattern.compile("#\\s*expect-suppression:\\s*(unused|malformed)\\s*$");

    @TestFactory
    Stream<DynamicTest> everyFixtureYieldsExactlyItsMarkers() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path ruleDir : dirs.filter(Files::isDirectory).sorted().toList()) {
                for (Path scanRoot : scanRoots(ruleDir)) {
                    for (Path fixture : fixtures(scanRoot)) {
                        String name = ROOT.relativize(fixture).toString();
                        tests.add(dynamicTest(name, () -> check(scanRoot, fixture)));
                    }
                }
            }
        }
        return tests.stream();
    }

    /** positive/ and negative/ of a rule, or the suppressions folder itself. */
    static List<Path> scanRoots(Path ruleDir) {
        List<Path> roots = Stream.of("positive", "negative").map(ruleDir::resolve).filter(Files::isDirectory).toList();
        return roots.isEmpty() ? List.of(ruleDir) : roots;
    }

    static List<Path> fixtures(Path scanRoot) throws IOException {
        try (Stream<Path> files = Files.walk(scanRoot)) {
            return files.filter(f -> f.toString().endsWith(".ex") || f.toString().endsWith(".exs")).sorted().toList();
        }
    }

    private static void check(Path scanRoot, Path fixture) {
        String relative = scanRoot.relativize(fixture).toString().replace('\\', '/');
        AnalysisResult result = new Analyzer(AnalysisOptions.defaults())
                .analyze(new ScanRequest(List.of(scanRoot), List.of(relative), List.of()));
        assertEquals(List.of(), result.parseFailures(), "the fixture must parse");
        assertEquals(List.of(), result.internalErrors(), "no rule may fail");
        List<String> lines = read(fixture);
        List<String> expected = new ArrayList<>();
        List<String> expectedSuppressions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXPECT.matcher(lines.get(i));
            if (m.find()) {
                for (String id : m.group(1).trim().split("\\s+")) {
                    expected.add(relative + ":" + (i + 1) + " " + id);
                }
            }
            Matcher s = EXPECT_SUPPRESSION.matcher(lines.get(i));
            if (s.find()) {
                expectedSuppressions.add(relative + ":" + (i + 1) + " " + s.group(1));
            }
        }
        List<String> actual = new ArrayList<>(result.findings().stream()
                .map(f -> f.file() + ":" + f.line() + " " + f.ruleId()).toList());
        List<String> actualSuppressions = new ArrayList<>(result.suppressionProblems().stream()
                .map(p -> p.file() + ":" + p.line() + " " + p.kind().name().toLowerCase(Locale.ROOT)).toList());
        expected.sort(null);
        actual.sort(null);
        expectedSuppressions.sort(null);
        actualSuppressions.sort(null);
        assertEquals(expected, actual, () -> "findings differ from the markers; all findings:\n"
                + String.join("\n", result.findings().stream().map(Finding::format).toList()));
        assertEquals(expectedSuppressions, actualSuppressions, "suppression diagnostics differ from the markers");
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
