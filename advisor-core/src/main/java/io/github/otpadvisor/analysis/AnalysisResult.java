package io.github.otpadvisor.analysis;

import io.github.otpadvisor.assess.Assessments;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Severity;
import io.github.otpadvisor.suppress.SuppressionProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything one analysis found, in a stable order (by file, line, column, rule), ready for the
 * renderers and the failure policy. {@code internalErrors} are defects of ours (a rule that failed, a module or a
 * call the extraction skipped), reported rather than thrown so the other rules' findings still count.
 * {@code assessments} are the process modules as decided once, over the linked facts, that the reports are built
 * from (null when a result is made up, as in tests of the summary). {@code sourceFiles} maps each analyzed file's name in the output
 * to the file itself, for pages that show the source (empty when a result is made up).
 */
public record AnalysisResult(int filesAnalyzed, List<ParseFailure> parseFailures, List<ModuleSummary> modules,
                             List<Finding> findings, List<SuppressionProblem> suppressionProblems,
                             List<String> internalErrors, Assessments assessments, Map<String, Path> sourceFiles) {
    public AnalysisResult {
        parseFailures = List.copyOf(parseFailures);
        modules = List.copyOf(modules);
        findings = List.copyOf(findings);
        suppressionProblems = List.copyOf(suppressionProblems);
        internalErrors = List.copyOf(internalErrors);
        sourceFiles = Map.copyOf(sourceFiles);
    }

    /** A result that knows no source files. */
    public AnalysisResult(int filesAnalyzed, List<ParseFailure> parseFailures, List<ModuleSummary> modules,
                          List<Finding> findings, List<SuppressionProblem> suppressionProblems,
                          List<String> internalErrors, Assessments assessments) {
        this(filesAnalyzed, parseFailures, modules, findings, suppressionProblems, internalErrors, assessments,
                Map.of());
    }

    /** The same result with other findings (those a baseline leaves, say). */
    public AnalysisResult withFindings(List<Finding> newFindings) {
        return new AnalysisResult(filesAnalyzed, parseFailures, modules, newFindings, suppressionProblems,
                internalErrors, assessments, sourceFiles);
    }

    /** The linked facts the assessments rest on, or null. */
    public ProjectFacts project() {
        return assessments == null ? null : assessments.project();
    }

    /** Findings at or above {@code threshold}; a null threshold ("none") counts nothing. */
    public long countAtLeast(Severity threshold) {
        return threshold == null ? 0 : findings.stream().filter(f -> f.severity().atLeast(threshold)).count();
    }
}
