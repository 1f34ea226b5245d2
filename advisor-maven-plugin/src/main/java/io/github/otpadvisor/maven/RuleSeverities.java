package io.github.otpadvisor.maven;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.rules.Severity;
import io.github.otpadvisor.rules.checks.RuleRegistry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Maps the {@code ruleSeverities} parameter ({@code <OTP004>warning</OTP004>}, {@code <OTP001>off</OTP001>})
 * to the core's analysis options. A typo must not silently leave a rule at its default, so unknown ids
 * and levels are configuration errors that name what is valid.
 */
final class RuleSeverities {
    private RuleSeverities() {
    }

    static AnalysisOptions toOptions(Map<String, String> configured) throws MojoExecutionException {
        Map<String, Severity> severities = new HashMap<>();
        Set<String> disabled = new HashSet<>();
        // Sorted, so that with several mistakes the same one is reported every time.
        for (Map.Entry<String, String> e : new TreeMap<>(configured == null ? Map.of() : configured).entrySet()) {
            String id = e.getKey().trim();
            String level = e.getValue() == null ? "" : e.getValue().trim();
            if (!RuleRegistry.ids().contains(id)) {
                throw new MojoExecutionException("ruleSeverities: unknown rule id '" + id + "'; valid ids are "
                        + String.join(", ", new TreeSet<>(RuleRegistry.ids())));
            }
            if (level.equalsIgnoreCase("off")) {
                disabled.add(id);
                continue;
            }
            try {
                severities.put(id, Severity.parse(level));
            } catch (IllegalArgumentException ex) {
                throw new MojoExecutionException("ruleSeverities: <" + id + ">" + level + "</" + id
                        + ">: expected error, warning, info or off");
            }
        }
        return new AnalysisOptions(severities, disabled, ElixirFrontEnd.DEFAULT_MAX_FILE_BYTES);
    }
}
