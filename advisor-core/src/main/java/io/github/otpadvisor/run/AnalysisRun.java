package io.github.otpadvisor.run;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.analysis.Progress;
import io.github.otpadvisor.baseline.Baseline;
import io.github.otpadvisor.cache.FactsCache;
import io.github.otpadvisor.report.ReportException;
import io.github.otpadvisor.report.ReportSettings;
import io.github.otpadvisor.report.ReportWriter;
import io.github.otpadvisor.scan.ScanResult;
import io.github.otpadvisor.scan.SourceScanner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run behind the {@code analyze} command and goal: analyze, apply the baseline, write the reports.
 * Printing and failing are the caller's: the outcome and {@link RunPlan#policy()} say what to print and
 * whether the run fails. Bad Elixir never throws; only output that cannot be written does.
 */
public final class AnalysisRun {
    private AnalysisRun() {
    }

    /**
     * Analyzes, applies the baseline, writes the reports (the reports show what the console shows). A run that
     * selects no file writes no report: an empty report in a module without Elixir code only misleads.
     */
    public static RunOutcome run(RunPlan plan) throws RunException {
        return run(plan, Progress.NONE);
    }

    /**
     * The same, telling {@code progress} how far the per-file stage is. The cache's warnings (a corrupt cache
     * rebuilt, a foreign file in its place) join the source warnings: they never change the result.
     */
    public static RunOutcome run(RunPlan plan, Progress progress) throws RunException {
        ScanResult scan;
        SourceCheck sources;
        LastResult last;
        AnalysisResult result;
        FactsCache cache;
        if (plan.cacheDirectory() == null) {
            // Nothing kept from earlier runs can stand in for this one: the files' work starts while the scan walks.
            ScanResult[] scanned = new ScanResult[1];
            cache = FactsCache.disabled();
            result = new Analyzer(plan.options(), cache, progress).analyze(plan.scan(), s -> scanned[0] = s);
            scan = scanned[0];
            sources = SourceCheck.of(plan, scan);
            last = LastResult.of(plan, scan, sources.empty());
        } else {
            scan = SourceScanner.scan(plan.scan());
            sources = SourceCheck.of(plan, scan);
            last = LastResult.of(plan, scan, sources.empty());
            result = last.result(scan);
            cache = result != null ? FactsCache.disabled() : cache(plan, sources.empty());
            if (result == null) {
                result = new Analyzer(plan.options(), cache, progress).analyze(scan);
            }
        }
        AnalysisResult analyzed = result;
        BaselineOutcome baselineOutcome = null;
        if (plan.baseline() != null) {
            Baseline.Applied applied = plan.baseline().baseline().apply(result.findings());
            baselineOutcome = new BaselineOutcome(plan.baseline().file(), applied.baselined().size(), applied.stale(),
                    plan.baseline().baseline().outdated());
            result = result.withFindings(applied.kept());
        }
        List<Path> reports = sources.empty() ? List.of() : write(plan, result);
        cache.save(); // after the reports: an output folder that refused them gets no cache file either
        last.keep(analyzed);
        List<String> cacheWarnings = new ArrayList<>(cache.warnings());
        cacheWarnings.addAll(last.warnings());
        if (!cacheWarnings.isEmpty()) {
            List<String> warnings = new ArrayList<>(sources.warnings());
            warnings.addAll(cacheWarnings);
            sources = new SourceCheck(sources.files(), sources.noElixirCode(), warnings);
        }
        return new RunOutcome(result, baselineOutcome, reports, sources);
    }

    /** Only the analysis, every finding (no baseline): for the site report, and for recording a baseline. */
    public static AnalysisResult analyze(RunPlan plan) {
        FactsCache cache = cache(plan, false);
        AnalysisResult result = new Analyzer(plan.options(), cache, Progress.NONE).analyze(plan.scan());
        cache.save();
        return result;
    }

    /** The plan's cache, or none (also when nothing is to be analyzed: no cache file for a module without Elixir). */
    private static FactsCache cache(RunPlan plan, boolean nothingToAnalyze) {
        Path dir = plan.cacheDirectory();
        return dir == null || nothingToAnalyze ? FactsCache.disabled()
                : FactsCache.open(dir, plan.options().maxFileBytes());
    }

    /** Whether there is any Elixir file to analyze (a walk, no parsing). */
    public static boolean hasSources(RunPlan plan) {
        return !sources(plan).empty();
    }

    /** What the roots and patterns select, with the warnings when that is less than meant (a walk, no parsing). */
    public static SourceCheck sources(RunPlan plan) {
        return SourceCheck.of(plan, SourceScanner.scan(plan.scan()));
    }

    private static List<Path> write(RunPlan plan, AnalysisResult result) throws RunException {
        Path out = plan.outputDirectory();
        if (out == null || plan.formats().isEmpty()) {
            return List.of();
        }
        try {
            return ReportWriter.write(result,
                    new ReportSettings(plan.formats(), out, plan.templateDirectory(), plan.toolVersion()));
        } catch (ReportException e) {
            throw new RunException(e.getMessage(), e);
        } catch (IOException e) {
            throw new RunException(out + ": cannot write the reports: " + e.getMessage(), e);
        }
    }
}
