package io.github.otpadvisor.run;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.baseline.Baseline;
import io.github.otpadvisor.output.OutputRefusedException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What the {@code baseline} goal does: records today's findings, by their stable fingerprints, so that
 * later runs fail only on new ones. Running it again accepts the current state (fixed findings drop out).
 */
public final class BaselineRecorder {
    private BaselineRecorder() {
    }

    /**
     * @param file     the baseline file written (replaced if it exists)
     * @param findings how many findings it records
     */
    public record Recorded(Path file, int findings) {
    }

    /** Analyzes as the plan says (any baseline in it is ignored) and writes every finding to {@code file}. */
    public static Recorded record(RunPlan plan, Path file) throws RunException {
        AnalysisResult result = AnalysisRun.analyze(plan);
        try {
            Baseline.write(file, result.findings());
        } catch (OutputRefusedException e) {
            throw new RunException(e.getMessage(), e);
        } catch (IOException e) {
            throw new RunException(file + ": cannot write the baseline: " + e.getMessage(), e);
        }
        return new Recorded(file, result.findings().size());
    }
}
