package io.github.otpadvisor.run;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.ParseFailure;
import io.github.otpadvisor.output.AtomicFiles;
import io.github.otpadvisor.output.OutputRefusedException;
import io.github.otpadvisor.report.ReportFormat;
import io.github.otpadvisor.report.ReportWriter;
import io.github.otpadvisor.report.sarif.SarifRenderer;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.suppress.SuppressionProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
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
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !SarifRenderer.OURS.test(file)) {
            throw new OutputRefusedException(file + ": not a SARIF file of otp-advisor, and otp-advisor replaces only"
                    + " its own; move it away or name another aggregateSarifFile");
        }
        // Only what SARIF shows is kept: the modules' facts and assessments are not held for the whole build.
        byModule.put(module, new AnalysisResult(result.filesAnalyzed(), result.parseFailures(), List.of(),
                result.findings(), result.suppressionProblems(), result.internalErrors(), null));
        AtomicFiles.write(file, ReportWriter.render(combined(), ReportFormat.SARIF, toolVersion));
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
        findings.sort(Finding.ORDER);
        return new AnalysisResult(files, failures, List.of(), findings, problems, internalErrors, null);
    }
}
