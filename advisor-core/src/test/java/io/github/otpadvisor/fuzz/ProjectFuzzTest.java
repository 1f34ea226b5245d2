package io.github.otpadvisor.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.report.ReportFormat;
import io.github.otpadvisor.report.ReportSettings;
import io.github.otpadvisor.report.ReportWriter;
import io.github.otpadvisor.report.TextReport;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the whole pipeline on small projects: the input becomes a project
 * ({@link ProjectInput}: generated modules and supervision graphs, plus any files it carries),
 * written to a temporary folder, analyzed by {@link Analyzer} and reported by {@link ReportWriter}
 * in every format into a fresh output folder. The folders are always writable, so here a
 * {@code ReportException} or {@code IOException} is a finding like any other exception, as are
 * defects caught into the result ({@link Defects}) and an input slower than the {@link Timeout}.
 * A normal test run replays {@code ProjectFuzzTestInputs/wholePipeline/}.
 */
class ProjectFuzzTest {
    private static final Path WORK = workFolder();

    @FuzzTest(maxDuration = "10m")
    @Timeout(30)
    void wholePipeline(byte[] input) throws Exception {
        Path dir = Files.createTempDirectory(WORK, "project");
        try {
            analyzeAndReport(input, dir);
        } finally {
            delete(dir);
        }
    }

    /** The project of {@code input} written to {@code dir/src}, analyzed, reported into {@code dir/out}. */
    static void analyzeAndReport(byte[] input, Path dir) throws Exception {
        Path src = dir.resolve("src");
        for (Map.Entry<String, byte[]> file : ProjectInput.files(input).entrySet()) {
            Path path = src.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        AnalysisResult result = new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(src));
        Defects.check(result);
        TextReport.findings(result);
        TextReport.summary(result);
        ReportWriter.write(result, new ReportSettings(EnumSet.complementOf(EnumSet.of(ReportFormat.TEXT)),
                dir.resolve("out"), null, "0.0.0-fuzz"));
    }

    private static Path workFolder() {
        try {
            Path work = Files.createTempDirectory("otp-advisor-fuzz");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(work)));
            return work;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
