package io.github.otpadvisor.run;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.nio.file.Path;
import java.util.List;

/**
 * What one run did.
 *
 * @param result   the analysis, without the findings the baseline hid
 * @param baseline what the baseline did, or null when there was none
 * @param reports  the report files and folders written, in format order
 * @param sources  what the roots and patterns selected, and the warnings when they selected nothing
 */
public record RunOutcome(AnalysisResult result, BaselineOutcome baseline, List<Path> reports, SourceCheck sources) {
    public RunOutcome {
        reports = List.copyOf(reports);
    }

    /** Files that do not parse, wrong or unused suppressions, and defects of ours, for the console. */
    public List<Problem> problems() {
        return Problem.of(result);
    }
}
