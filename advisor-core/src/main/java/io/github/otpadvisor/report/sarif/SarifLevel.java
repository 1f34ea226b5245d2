package io.github.otpadvisor.report.sarif;

import io.github.otpadvisor.rules.Severity;

/** Our severities as SARIF levels; SARIF calls the informational level "note". */
final class SarifLevel {
    private SarifLevel() {
    }

    static String of(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** The level of a severity given by its label ({@code error}, {@code warning}, {@code info}). */
    static String of(String severityLabel) {
        return of(Severity.parse(severityLabel));
    }
}
