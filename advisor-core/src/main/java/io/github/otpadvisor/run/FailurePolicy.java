package io.github.otpadvisor.run;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a run fails: more than {@code maxAllowedFindings} findings at or above the threshold, or (if asked)
 * any file that does not parse. The command line exits with 1, the Maven goal fails the build.
 *
 * @param threshold          the lowest severity that counts, or null for {@code none} (nothing counts)
 * @param maxAllowedFindings how many counted findings are still tolerated
 * @param failOnParseError   whether a file that does not parse fails the run
 */
public record FailurePolicy(Severity threshold, long maxAllowedFindings, boolean failOnParseError) {

    /** The policy as the user gives it; a bad value is a configuration error naming the valid ones. */
    public static FailurePolicy of(String failOnSeverity, long maxAllowedFindings, boolean failOnParseError)
            throws ConfigurationException {
        if (maxAllowedFindings < 0) {
            throw new ConfigurationException(Setting.MAX_ALLOWED_FINDINGS,
                    "must be 0 or more, got " + maxAllowedFindings);
        }
        String value = failOnSeverity == null ? "error" : failOnSeverity.trim().toLowerCase(Locale.ROOT);
        if (value.equals("none")) {
            return new FailurePolicy(null, maxAllowedFindings, failOnParseError);
        }
        try {
            return new FailurePolicy(Severity.parse(value), maxAllowedFindings, failOnParseError);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(Setting.FAIL_ON_SEVERITY,
                    "expected error, warning, info or none, got '" + failOnSeverity + "'");
        }
    }

    /** Whether this finding counts towards failing the run (the build log then prints it as an error). */
    public boolean counts(Finding finding) {
        return threshold != null && finding.severity().atLeast(threshold);
    }

    /**
     * Why the run fails, or empty when it passes: {@code 2 findings at or above error, 0 allowed
     * (failOnSeverity=error, maxAllowedFindings=0)}, the settings spelt for the front end that shows it.
     */
    public Optional<String> violation(RunOutcome outcome, Spelling spelling) {
        AnalysisResult result = outcome.result();
        List<String> reasons = new ArrayList<>();
        long counted = result.countAtLeast(threshold);
        if (counted > maxAllowedFindings) {
            reasons.add(counted + (counted == 1 ? " finding" : " findings") + " at or above " + threshold.label()
                    + ", " + maxAllowedFindings + " allowed ("
                    + Setting.FAIL_ON_SEVERITY.given(spelling, threshold.label()) + ", "
                    + Setting.MAX_ALLOWED_FINDINGS.given(spelling, maxAllowedFindings) + ")");
        }
        int broken = result.parseFailures().size();
        if (failOnParseError && broken > 0) {
            reasons.add(broken + (broken == 1 ? " file does" : " files do") + " not parse ("
                    + Setting.FAIL_ON_PARSE_ERROR.given(spelling, true) + ")");
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }
}
