package io.github.otpadvisor.analysis;

import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.suppress.SuppressionProblem;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run's summary reports (JSON, SARIF, text) and the console need of a result, as the result cache keeps
 * it: every finding before the baseline, the modules' summaries, what did not parse, and the stamps of the files
 * its key was built from. The assessments the pages are built from are not kept: a run that writes pages
 * analyzes.
 */
public record CachedResult(int filesAnalyzed, List<ParseFailure> parseFailures, List<ModuleSummary> modules,
                           List<Finding> findings, List<SuppressionProblem> suppressionProblems,
                           List<FileStamp> stamps) {
    public CachedResult {
        parseFailures = List.copyOf(parseFailures);
        modules = List.copyOf(modules);
        findings = List.copyOf(findings);
        suppressionProblems = List.copyOf(suppressionProblems);
        stamps = List.copyOf(stamps);
    }

    /** The stamps of the files read for its key, by path. */
    public Map<String, FileStamp> stampsByPath() {
        Map<String, FileStamp> out = new HashMap<>();
        stamps.forEach(s -> out.put(s.path(), s));
        return out;
    }

    /** The same result with the stamps of a later run. */
    public CachedResult withStamps(List<FileStamp> newStamps) {
        return new CachedResult(filesAnalyzed, parseFailures, modules, findings, suppressionProblems, newStamps);
    }

    /**
     * The result as the cache keeps it; empty when the run is not one to repeat: a defect of ours (a rule that
     * failed) or a file whose parse ran out of memory may not happen again.
     */
    public static Optional<CachedResult> of(AnalysisResult r, List<FileStamp> stamps) {
        if (!r.internalErrors().isEmpty()
                || r.parseFailures().stream().anyMatch(f -> ElixirFrontEnd.ranOutOfMemory(f.message()))) {
            return Optional.empty();
        }
        return Optional.of(new CachedResult(r.filesAnalyzed(), r.parseFailures(), r.modules(), r.findings(),
                r.suppressionProblems(), stamps));
    }

    /** The result again, without assessments, its files named as this run's scan names them. */
    public AnalysisResult result(Map<String, Path> sourceFiles) {
        return new AnalysisResult(filesAnalyzed, parseFailures, modules, findings, suppressionProblems, List.of(),
                null, sourceFiles);
    }
}
