package io.github.otpadvisor.report.model;

/**
 * A rule as the pages explain it.
 *
 * @param id              {@code OTP004}
 * @param title           one-line summary
 * @param defaultSeverity the severity it has unless configured
 * @param explanation     the long explanation, Markdown (the rule's {@code OTP00N.md}); null in a summary model (JSON,
 *                        SARIF), which no page is rendered from
 * @param explanationHtml the same rendered to HTML (our own trusted text; raw HTML in it is escaped); null likewise
 * @param findings        how many findings of this rule the report holds
 */
public record RuleView(String id, String title, String defaultSeverity, String explanation, String explanationHtml,
                       int findings) {
}
