package io.github.otpadvisor.maven;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * When a build fails: more than {@code maxAllowedFindings} findings at or above the threshold, or (if
 * asked) any file that does not parse.
 *
 * @param threshold          the lowest severity that counts, or null for {@code none} (nothing counts)
 * @param maxAllowedFindings how many counted findings are still tolerated
 * @param failOnParseError   whether a file that does not parse fails the build
 */
record FailurePolicy(Severity threshold, int maxAllowedFindings, boolean failOnParseError) {

    /** The policy from the goal's parameters; a bad value is a configuration error naming the valid ones. */
    static FailurePolicy of(String failOnSeverity, int maxAllowedFindings, boolean failOnParseError)
            throws MojoExecutionException {
        if (maxAllowedFindings < 0) {
            throw new MojoExecutionException("maxAllowedFindings must be 0 or more, got " + maxAllowedFindings);
        }
        String value = failOnSeverity == null ? "error" : failOnSeverity.trim().toLowerCase(Locale.ROOT);
        if (value.equals("none")) {
            return new FailurePolicy(null, maxAllowedFindings, failOnParseError);
        }
        try {
            return new FailurePolicy(Severity.parse(value), maxAllowedFindings, failOnParseError);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("failOnSeverity: expected error, warning, info or none, got '"
                    + failOnSeverity + "'");
        }
    }

    /** Whether this finding counts towards failing the build (it is then printed as an error). */
    boolean counts(Finding finding) {
        return threshold != null && finding.severity().atLeast(threshold);
    }

    /** Why the build fails, or empty when it passes. */
    Optional<String> violation(AnalysisResult result) {
        List<String> reasons = new ArrayList<>();
        long counted = result.countAtLeast(threshold);
        if (counted > maxAllowedFindings) {
            reasons.add(counted + (counted == 1 ? " finding" : " findings") + " at or above " + threshold.label()
                    + ", " + maxAllowedFindings + " allowed (failOnSeverity=" + threshold.label()
                    + ", maxAllowedFindings=" + maxAllowedFindings + ")");
        }
        int broken = result.parseFailures().size();
        if (failOnParseError && broken > 0) {
            reasons.add(broken + (broken == 1 ? " file does" : " files do") + " not parse (failOnParseError=true)");
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of("OTP Advisor: " + String.join("; ", reasons));
    }
}
