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
 */
public record AnalysisOptions(Map<String, Severity> severities, Set<String> disabled, long maxFileBytes) {
    public AnalysisOptions {
        severities = Map.copyOf(severities);
        disabled = Set.copyOf(disabled);
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(Map.of(), Set.of(), ElixirFrontEnd.DEFAULT_MAX_FILE_BYTES);
    }
}
