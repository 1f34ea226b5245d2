package io.github.otpadvisor.report.model;

/**
 * The section "Recommendation".
 *
 * @param processNeeded whether a process is needed
 * @param pattern       the recommended abstraction, Quick Reference spelling
 * @param placement     the recommended placement ({@code static child}, {@code DynamicSupervisor + Registry}...),
 *                      or null when no process is needed
 * @param decidedBy     the deciding question, {@code Q3 "Is it simple get/update only?"}
 * @param rationale     why, in the framework's terms
 * @param today         the abstraction in use today
 * @param todayPlacement how it is started and found today in the same words, {@code started outside any
 *                      supervisor}, or null when not known (a planned feature, an unresolved tree)
 * @param verdict       {@code fits}, {@code heavier than needed}, {@code lighter than needed},
 *                      {@code simpler alternative} or {@code placement differs}
 * @param steps         the questions asked, in order, with the answers the facts gave
 */
public record RecommendationView(boolean processNeeded, String pattern, String placement, String decidedBy,
                                 String rationale, String today, String todayPlacement, String verdict,
                                 java.util.List<StepView> steps) {
    public RecommendationView {
        steps = java.util.List.copyOf(steps);
    }
}
