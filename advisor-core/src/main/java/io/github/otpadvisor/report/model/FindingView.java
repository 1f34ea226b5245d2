package io.github.otpadvisor.report.model;

/**
 * A finding as the pages show it.
 *
 * @param ruleId      {@code OTP004}
 * @param ruleTitle   the rule's one-line summary
 * @param severity    {@code error}, {@code warning} or {@code info}
 * @param file        file relative to the repository root (or its scanned root outside it)
 * @param line        1-based line
 * @param column      1-based column
 * @param module      the module it is about, or null
 * @param moduleSlug  the slug of that module's page, or null when it has none
 * @param message     what was seen and what to do
 * @param fingerprint    the stable fingerprint
 * @param recommendation the pattern it recommends (Quick Reference spelling), or null
 */
public record FindingView(String ruleId, String ruleTitle, String severity, String file, int line, int column,
                          String module, String moduleSlug, String message, String fingerprint,
                          String recommendation) {
    /** A finding shown without a recommendation. */
    public FindingView(String ruleId, String ruleTitle, String severity, String file, int line, int column,
                       String module, String moduleSlug, String message, String fingerprint) {
        this(ruleId, ruleTitle, severity, file, line, column, module, moduleSlug, message, fingerprint, null);
    }
}
