package io.github.otpadvisor.report;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.output.TreeText;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The report fixture projects, analyzed, and helpers to write and read back their reports. */
final class ReportFixtures {
    static final Path ROOT = Path.of("src/test/resources/reports");
    static final String VERSION = "9.9.9-test";

    private ReportFixtures() {
    }

    static AnalysisResult analyze(String project) {
        return new Analyzer(AnalysisOptions.defaults())
                .analyze(new ScanRequest(List.of(ROOT.resolve(project)), List.of(), List.of()));
    }

    static void write(AnalysisResult result, Path out, ReportFormat... formats) throws Exception {
        ReportWriter.write(result, new ReportSettings(Set.of(formats), out, null, VERSION));
    }

    /** The tool's bookkeeping beside the reports: folder markers, the lock file, the set's manifest. */
    static final Set<String> BOOKKEEPING = Set.of(".otp-advisor", ".otp-advisor.lock", ".otp-advisor-manifest");

    /** The reports under {@code dir} without the bookkeeping: relative path with '/' -> content. */
    static Map<String, String> reports(Path dir) throws IOException {
        Map<String, String> files = read(dir);
        files.keySet().removeIf(f -> BOOKKEEPING.contains(f.substring(f.lastIndexOf('/') + 1)));
        return files;
    }

    /** Makes {@code dir} hold exactly {@code files} (for regenerating golden files). */
    static void replace(Path dir, Map<String, String> files) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Every file under {@code dir}: relative path with '/' -> content. */
    static Map<String, String> read(Path dir) throws IOException {
        return TreeText.read(dir);
    }
}
