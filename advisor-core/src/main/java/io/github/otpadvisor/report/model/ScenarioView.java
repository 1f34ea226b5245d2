package io.github.otpadvisor.report.model;

/**
 * One row of the seed's "Common Scenarios" table, recognised from a planned feature's answers.
 *
 * @param name    {@code Rate limiting}, {@code Cache}, {@code Background job}...
 * @param pattern the seed's pattern for it ({@code ETS + GenServer cleanup})
 * @param advice  what that means for this feature, one or two sentences
 */
public record ScenarioView(String name, String pattern, String advice) {
}
