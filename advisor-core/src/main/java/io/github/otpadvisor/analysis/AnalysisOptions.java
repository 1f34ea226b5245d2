package io.github.otpadvisor.analysis;

import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.rules.Severity;
import java.util.Map;
import java.util.Set;

/**
 * How to analyze: per-rule severity changes, rules switched off, and the file size limit.
 *
 * @param severities   rule id -> severity that replaces the rule's default
 * @param disabled     rule ids that do not run
 * @param maxFileBytes files above this size are reported and skipped
 * @param includeTests files under {@code test/} and test doubles are analyzed as production code too, not only
 *                     by the test rules
 */
public record AnalysisOptions(Map<String, Severity> severities, Set<String> disabled, long maxFileBytes,
                              boolean includeTests) {
    public AnalysisOptions {
        severities = Map.copyOf(severities);
        disabled = Set.copyOf(disabled);
    }

    public AnalysisOptions(Map<String, Severity> severities, Set<String> disabled, long maxFileBytes) {
        this(severities, disabled, maxFileBytes, false);
    }

    /** The same options with test code analyzed as production code, or not. */
    public AnalysisOptions withIncludeTests(boolean include) {
        return new AnalysisOptions(severities, disabled, maxFileBytes, include);
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(Map.of(), Set.of(), ElixirFrontEnd.DEFAULT_MAX_FILE_BYTES);
    }
}
