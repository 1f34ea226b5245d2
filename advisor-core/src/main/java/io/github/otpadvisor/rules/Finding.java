package io.github.otpadvisor.rules;

import io.github.otpadvisor.decision.Pattern;
import java.util.Comparator;
import java.util.Objects;

/**
 * One red flag: which rule, how serious, where (file relative to the repository root, or to its scanned root outside it; 1-based line and
 * column), in which module, what was seen (the message carries the concrete evidence) and what the
 * framework recommends instead. The {@code fingerprint} (null until the analysis assigns it) identifies
 * the finding across edits that move it: SARIF partialFingerprints and baselines use it.
 */
public record Finding(String ruleId, Severity severity, String file, int line, int column, String module,
                      String message, Pattern recommendation, String fingerprint) {
    /** A finding without a fingerprint yet, as rules create them. */
    public Finding(String ruleId, Severity severity, String file, int line, int column, String module,
                   String message, Pattern recommendation) {
        this(ruleId, severity, file, line, column, module, message, recommendation, null);
    }

    /** The report order: by file, line, column, rule, then message, so the same findings always print alike. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** The same finding with another severity (user configuration). */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, file, line, column, module, message, recommendation, fingerprint);
    }

    /** The same finding with its stable fingerprint. */
    public Finding withFingerprint(String newFingerprint) {
        return new Finding(ruleId, severity, file, line, column, module, message, recommendation, newFingerprint);
    }

    /** {@code path:line:column: severity [ID] message}, the text output line. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.label() + " [" + ruleId + "] " + message;
    }
}
