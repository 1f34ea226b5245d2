package io.github.otpadvisor.run;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.analysis.CachedResult;
import io.github.otpadvisor.analysis.FileStamp;
import io.github.otpadvisor.analysis.ResultKey;
import io.github.otpadvisor.cache.ResultCache;
import io.github.otpadvisor.report.ReportFormat;
import io.github.otpadvisor.scan.ScanResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The last run's result for a run that writes only summary reports (JSON, SARIF, text: no page needs the
 * assessments) with a cache folder: taken when every input is as it was ({@link ResultKey}), kept for the next
 * run otherwise. For any other run it does nothing.
 */
final class LastResult {
    private final ResultCache<CachedResult> cache;
    private final ResultCache.Stored<CachedResult> last;
    private final ResultKey.Computed key;
    private final boolean repeated;

    private LastResult(ResultCache<CachedResult> cache, ResultCache.Stored<CachedResult> last, ResultKey.Computed key) {
        this.cache = cache;
        this.last = last;
        this.key = key;
        this.repeated = last != null && key != null && last.matches(key.key());
    }

    static LastResult of(RunPlan plan, ScanResult scan, boolean nothingToAnalyze) {
        Path dir = plan.cacheDirectory();
        boolean pages = plan.formats().contains(ReportFormat.MD) || plan.formats().contains(ReportFormat.HTML);
        if (dir == null || nothingToAnalyze || pages) {
            return new LastResult(null, null, null);
        }
        ResultCache<CachedResult> cache = ResultCache.open(dir, CachedResult.class);
        ResultCache.Stored<CachedResult> last = cache.last().orElse(null);
        Map<String, FileStamp> stamps = last == null ? Map.of() : last.value().stampsByPath();
        return new LastResult(cache, last, ResultKey.of(scan, plan.options(), stamps));
    }

    /** The last run's result when nothing it came from changed (without assessments), else null: analyze. */
    AnalysisResult result(ScanResult scan) {
        return repeated ? last.value().result(Analyzer.sourceFiles(scan)) : null;
    }

    /**
     * Keeps this run's result before the baseline (a new one, or the last one with this run's stamps) for the
     * next run.
     */
    void keep(AnalysisResult analyzed) {
        if (cache == null) {
            return;
        }
        if (!repeated) {
            CachedResult.of(analyzed, key.stamps()).ifPresent(r -> cache.put(key.key(), r));
        } else if (!last.value().stamps().equals(key.stamps())) {
            // files touched but unchanged, or stamps old enough now: the next run need not read them
            cache.put(key.key(), last.value().withStamps(key.stamps()));
        }
    }

    List<String> warnings() {
        return cache == null ? List.of() : cache.warnings();
    }
}
