package io.github.otpadvisor.run;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.rules.Severity;
import io.github.otpadvisor.rules.checks.RuleRegistry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Per-rule severities as the user gives them (rule id -> {@code error}, {@code warning}, {@code info} or
 * {@code off}) turned into the analysis options. A typo must not silently leave a rule at its default, so
 * an unknown id or level is a configuration error that names what is valid.
 */
final class RuleSeverities {
    private RuleSeverities() {
    }

    static AnalysisOptions toOptions(Map<String, String> configured, long maxFileBytes)
            throws ConfigurationException {
        Map<String, Severity> severities = new HashMap<>();
        Set<String> disabled = new HashSet<>();
        // Sorted, so that with several mistakes the same one is reported every time.
        for (Map.Entry<String, String> e : new TreeMap<>(configured).entrySet()) {
            String id = e.getKey().trim();
            String level = e.getValue() == null ? "" : e.getValue().trim();
            if (!RuleRegistry.ids().contains(id)) {
                throw new ConfigurationException(Setting.RULE_SEVERITIES, "unknown rule id '" + id
                        + "'; valid ids are " + String.join(", ", new TreeSet<>(RuleRegistry.ids())));
            }
            if (level.equalsIgnoreCase("off")) {
                disabled.add(id);
                continue;
            }
            try {
                severities.put(id, Severity.parse(level));
            } catch (IllegalArgumentException ex) {
                throw new ConfigurationException(Setting.RULE_SEVERITIES, "unknown severity '" + level + "' for "
                        + id + "; expected error, warning, info or off");
            }
        }
        return new AnalysisOptions(severities, disabled, maxFileBytes);
    }
}
