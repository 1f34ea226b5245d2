package io.github.otpadvisor.report.model;

/**
 * The section "Recommendation".
 *
 * @param processNeeded whether a process is needed
 * @param pattern       the recommended pattern, Quick Reference spelling
 * @param decidedBy     the deciding question, {@code Q3 "Is it simple get/update only?"}
 * @param rationale     why, in the framework's terms
 * @param today         the pattern in use today
 * @param verdict       {@code fits}, {@code heavier than needed} or {@code lighter than needed}
 * @param steps         the questions asked, in order, with the answers the facts gave
 */
public record RecommendationView(boolean processNeeded, String pattern, String decidedBy, String rationale,
                                 String today, String verdict, java.util.List<StepView> steps) {
    public RecommendationView {
        steps = java.util.List.copyOf(steps);
    }
}
