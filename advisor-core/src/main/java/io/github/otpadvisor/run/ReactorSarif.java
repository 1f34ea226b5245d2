package io.github.otpadvisor.run;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.ParseFailure;
import io.github.otpadvisor.output.AtomicFiles;
import io.github.otpadvisor.report.ReportFormat;
import io.github.otpadvisor.report.ReportWriter;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.suppress.SuppressionProblem;
import io.github.otpadvisor.output.OutputRefusedException;
import io.github.otpadvisor.report.sarif.SarifRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One SARIF file for a whole reactor, for a single code-scanning upload: every module's findings, parse failures
 * and suppression problems, with the paths each run already made relative to the repository root. Modules finish
 * in any order (and in parallel with {@code -T}), so each one that finishes rewrites the file, atomically, with
 * everything added so far: the last one leaves the complete file, and a reader never sees half of one.
 */
public final class ReactorSarif {
    private final Path file;
    private final String toolVersion;
    private final Map<String, AnalysisResult> byModule = new TreeMap<>(); // module order: the same bytes every run

    public ReactorSarif(Path file, String toolVersion) {
        this.file = file;
        this.toolVersion = toolVersion;
    }

    public Path file() {
        return file;
    }

    /**
     * Adds (or replaces) one module's result and writes the file; a file of someone else's in its place (not
     * SARIF written by otp-advisor) is refused, never overwritten.
     */
    public synchronized void add(String module, AnalysisResult result) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !ours(file)) {
            throw new OutputRefusedException(file + ": not a SARIF file of otp-advisor, and otp-advisor replaces only"
                    + " its own; move it away or name another aggregateSarifFile");
        }
        byModule.put(module, result);
        AtomicFiles.write(file, ReportWriter.render(combined(), ReportFormat.SARIF, toolVersion));
    }

    /** SARIF whose tool is otp-advisor: its driver's information URI comes within the first few kilobytes. */
    private static boolean ours(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(16 * 1024), StandardCharsets.UTF_8);
            return head.contains("\"$schema\"") && head.contains(SarifRenderer.DRIVER_MARK);
        } catch (IOException e) {
            return false;
        }
    }

    private AnalysisResult combined() {
        int files = 0;
        List<ParseFailure> failures = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<SuppressionProblem> problems = new ArrayList<>();
        List<String> internalErrors = new ArrayList<>();
        for (AnalysisResult r : byModule.values()) {
            files += r.filesAnalyzed();
            failures.addAll(r.parseFailures());
            findings.addAll(r.findings());
            problems.addAll(r.suppressionProblems());
            internalErrors.addAll(r.internalErrors());
        }
        findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
                .thenComparingInt(Finding::column).thenComparing(Finding::ruleId).thenComparing(Finding::message));
        return new AnalysisResult(files, failures, List.of(), findings, problems, internalErrors, null);
    }
}
