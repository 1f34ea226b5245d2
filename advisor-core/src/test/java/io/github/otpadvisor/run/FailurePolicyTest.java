package io.github.otpadvisor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.ParseFailure;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailurePolicyTest {
    private static final Finding ERROR = finding(Severity.ERROR);
    private static final Finding WARNING = finding(Severity.WARNING);
    private static final Finding INFO = finding(Severity.INFO);

    @Test
    void thresholdsParseCaseInsensitivelyAndNoneCountsNothing() throws Exception {
        assertEquals(Severity.ERROR, FailurePolicy.of("error", 0, false).threshold());
        assertEquals(Severity.ERROR, FailurePolicy.of(null, 0, false).threshold());
        assertEquals(Severity.WARNING, FailurePolicy.of(" Warning ", 0, false).threshold());
        assertEquals(Severity.INFO, FailurePolicy.of("INFO", 0, false).threshold());
        FailurePolicy none = FailurePolicy.of("none", 0, false);
        assertNull(none.threshold());
        assertFalse(none.counts(ERROR));
        assertEquals(Optional.empty(), none.violation(outcome(List.of(ERROR, ERROR), List.of()), Spelling.PARAMETER));
    }

    @Test
    void badValuesAreConfigurationErrorsNamingTheValidOnes() {
        ConfigurationException e =
                assertThrows(ConfigurationException.class, () -> FailurePolicy.of("fatal", 0, false));
        assertEquals(Setting.FAIL_ON_SEVERITY, e.setting());
        assertEquals("failOnSeverity: expected error, warning, info or none, got 'fatal'",
                e.message(Spelling.PARAMETER));
        assertEquals("--fail-on: expected error, warning, info or none, got 'fatal'", e.message(Spelling.OPTION));
        e = assertThrows(ConfigurationException.class, () -> FailurePolicy.of("error", -1, false));
        assertEquals("maxAllowedFindings: must be 0 or more, got -1", e.message(Spelling.PARAMETER));
    }

    @Test
    void findingsCountFromTheThresholdUp() throws Exception {
        FailurePolicy warning = FailurePolicy.of("warning", 0, false);
        assertTrue(warning.counts(ERROR));
        assertTrue(warning.counts(WARNING));
        assertFalse(warning.counts(INFO));
    }

    @Test
    void failsWhenCountedFindingsExceedTheAllowance() throws Exception {
        RunOutcome r = outcome(List.of(ERROR, WARNING, INFO), List.of());
        assertEquals(Optional.of("1 finding at or above error, 0 allowed (failOnSeverity=error, maxAllowedFindings=0)"),
                FailurePolicy.of("error", 0, false).violation(r, Spelling.PARAMETER));
        assertEquals(Optional.empty(), FailurePolicy.of("error", 1, false).violation(r, Spelling.PARAMETER));
        assertEquals(Optional.of("2 findings at or above warning, 1 allowed "
                        + "(failOnSeverity=warning, maxAllowedFindings=1)"),
                FailurePolicy.of("warning", 1, false).violation(r, Spelling.PARAMETER));
        assertEquals(Optional.empty(), FailurePolicy.of("info", 3, false).violation(r, Spelling.PARAMETER));
    }

    @Test
    void parseErrorsFailOnlyWhenAsked() throws Exception {
        RunOutcome r = outcome(List.of(), List.of(new ParseFailure("lib/a.ex", 2, 3, "syntax error")));
        assertEquals(Optional.empty(), FailurePolicy.of("error", 0, false).violation(r, Spelling.PARAMETER));
        assertEquals(Optional.of("1 file does not parse (failOnParseError=true)"),
                FailurePolicy.of("error", 0, true).violation(r, Spelling.PARAMETER));
    }

    @Test
    void bothReasonsAreGivenTogetherSpeltForTheCommandLine() throws Exception {
        RunOutcome r = outcome(List.of(ERROR), List.of(new ParseFailure("lib/a.ex", 1, 1, "x"),
                new ParseFailure("lib/b.ex", 1, 1, "y")));
        assertEquals(Optional.of("1 finding at or above error, 0 allowed (--fail-on=error, "
                        + "--max-allowed-findings=0); 2 files do not parse (--fail-on-parse-error)"),
                FailurePolicy.of("error", 0, true).violation(r, Spelling.OPTION));
    }

    private static Finding finding(Severity severity) {
        return new Finding("OTP004", severity, "lib/a.ex", 1, 1, "A", "m", null);
    }

    private static RunOutcome outcome(List<Finding> findings, List<ParseFailure> failures) {
        return new RunOutcome(new AnalysisResult(3, failures, List.of(), findings, List.of(), List.of(), null), null,
                List.of(), new SourceCheck(3, false, List.of()));
    }
}
