package io.github.otpadvisor.analysis;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.assess.Assessments;
import io.github.otpadvisor.assess.Assessor;
import io.github.otpadvisor.cache.FactsCache;
import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;
import io.github.otpadvisor.rules.RuleContext;
import io.github.otpadvisor.rules.Severity;
import io.github.otpadvisor.rules.checks.RuleRegistry;
import io.github.otpadvisor.scan.ScanProblem;
import io.github.otpadvisor.scan.ScanRequest;
import io.github.otpadvisor.scan.ScanResult;
import io.github.otpadvisor.scan.SourceScanner;
import io.github.otpadvisor.suppress.SuppressionProblem;
import io.github.otpadvisor.suppress.Suppressions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one call behind the CLI and the Maven goals: scan, parse, extract facts per file, link them,
 * run the rules, apply configuration and suppressions, decide every process module. Never throws
 * for bad input: unreadable or broken files become {@link ParseFailure}s and the rest goes on.
 */
public final class Analyzer {
    private final AnalysisOptions options;
    private final ElixirFrontEnd frontEnd;
    private final FactsCache cache;
    private final Progress progress;

    public Analyzer(AnalysisOptions options) {
        this(options, FactsCache.disabled(), Progress.NONE);
    }

    /**
     * With the facts of earlier runs ({@code cache}, which this run fills; the caller saves it when the run went
     * well) and a sink for how far the per-file stage is. The result is the same with or without a cache.
     */
    public Analyzer(AnalysisOptions options, FactsCache cache, Progress progress) {
        this.options = options;
        this.frontEnd = new ElixirFrontEnd(options.maxFileBytes());
        this.cache = cache;
        this.progress = progress;
    }

    public AnalysisResult analyze(ScanRequest request) {
        return analyze(request, scan -> {
        });
    }

    /**
     * Scans {@code request} and analyzes what it selects, the per-file work starting on each file as the walk
     * finds it (the walk of a large tree is a tenth of a cold run); {@code scanned} hears the scan before the
     * analysis goes on.
     */
    public AnalysisResult analyze(ScanRequest request, Consumer<ScanResult> scanned) {
        try (PerFile stage = stage()) {
            ScanResult scan = SourceScanner.scan(request, stage::offer);
            scanned.accept(scan);
            return analyze(scan, stage);
        }
    }

    /** The files of a scan already made (a caller that also reports what the scan selected). */
    public AnalysisResult analyze(ScanResult scan) {
        try (PerFile stage = stage()) {
            return analyze(scan, stage);
        }
    }

    private PerFile stage() {
        return new PerFile(frontEnd, threads(), options.includeTests(), cache);
    }

    private AnalysisResult analyze(ScanResult scan, PerFile stage) {
        List<FileFacts> facts = new ArrayList<>();
        List<ParseFailure> failures = new ArrayList<>();
        Map<String, Suppressions> suppressions = new HashMap<>();
        for (PerFile.Result r : stage.results(scan.files(), progress)) {
            facts.add(r.facts());
            if (r.failure() != null) {
                failures.add(r.failure());
            }
            suppressions.put(r.facts().file(), r.suppressions());
        }
        cache.lookupsDone();
        for (ScanProblem problem : scan.problems()) {
            failures.add(new ParseFailure(problem.path(), 1, 1, problem.reason()));
        }
        Assessments assessments = Assessor.assess(ProjectFacts.link(facts));
        List<String> internalErrors = extractionProblems(facts);
        List<Finding> findings = new ArrayList<>();
        for (Finding f : runRules(new RuleContext(assessments), internalErrors)) {
            Suppressions s = suppressions.get(f.file());
            if (s == null || !s.apply(List.of(f)).isEmpty()) {
                findings.add(f);
            }
        }
        findings.sort(Finding.ORDER);
        Map<String, Path> paths = sourceFiles(scan);
        findings = Fingerprints.assign(findings, file -> lines(paths.get(file)), new EnclosingFunctions(facts)::of);
        List<SuppressionProblem> problems = new ArrayList<>();
        suppressions.values().forEach(s -> problems.addAll(s.problems()));
        problems.sort(Comparator.comparing(SuppressionProblem::file).thenComparingInt(SuppressionProblem::line)
                .thenComparingInt(SuppressionProblem::column));
        return new AnalysisResult(scan.files().size(), failures, modules(assessments), findings, problems,
                internalErrors, assessments, paths);
    }

    /**
     * What the extraction caught and skipped, one line each, named by file: a module or call dropped by a defect of
     * ours would otherwise only be missing from the report, without a word.
     */
    static List<String> extractionProblems(List<FileFacts> facts) {
        List<String> errors = new ArrayList<>();
        for (FileFacts f : facts) {
            for (String problem : f.problems()) {
                errors.add(problem.startsWith(f.file() + ":") ? problem : f.file() + ": " + problem);
            }
        }
        return errors;
    }

    /** Each selected file by its name in the output. */
    public static Map<String, Path> sourceFiles(ScanResult scan) {
        Map<String, Path> paths = new HashMap<>();
        scan.files().forEach(f -> paths.put(f.displayPath(), f.path()));
        return paths;
    }

    /** Worker threads for the per-file stage: one per core, as the machine has them. */
    private static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** A file's lines for fingerprints; bad bytes become U+FFFD rather than failing the run. */
    private static List<String> lines(Path path) {
        if (path == null) {
            return List.of();
        }
        try {
            return new String(Files.readAllBytes(path), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Every enabled rule, each at its configured severity (never above what the rule itself lowered a finding to);
     *  a rule that fails is reported, not fatal. */
    private List<Finding> runRules(RuleContext context, List<String> internalErrors) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : RuleRegistry.all()) {
            String id = rule.info().id();
            if (options.disabled().contains(id)) {
                continue;
            }
            Severity severity = options.severities().getOrDefault(id, rule.info().severity());
            try {
                for (Finding f : rule.check(context)) {
                    // A finding its rule lowered below the default (dev-only code) stays at most that low.
                    boolean lowered = f.severity().compareTo(rule.info().severity()) < 0;
                    findings.add(f.withSeverity(lowered && f.severity().compareTo(severity) < 0 ? f.severity() : severity));
                }
            } catch (RuntimeException e) {
                // A defect in one rule must not hide the others' findings; it is reported instead.
                internalErrors.add("rule " + id + " failed: " + e);
            }
        }
        return findings;
    }

    private static List<ModuleSummary> modules(Assessments assessments) {
        List<ModuleSummary> modules = new ArrayList<>();
        for (Assessment a : assessments.all()) {
            var m = a.module();
            modules.add(new ModuleSummary(a.name(), m.file(), m.facts().location().line(), m.abstraction().label(),
                    a.decision().processNeeded(), a.recommendation(), a.verdict(), a.todayPlacement().placement(),
                    a.decision().placement(), a.supervision()));
        }
        modules.sort(Comparator.comparing(ModuleSummary::name));
        return modules;
    }
}
