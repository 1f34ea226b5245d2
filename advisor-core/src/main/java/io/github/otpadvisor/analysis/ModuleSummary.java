package io.github.otpadvisor.analysis;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.project.Supervision;

/**
 * One process module as the reports list it: where it is, the abstraction it uses today, and what
 * the decision model recommends (abstraction and placement) with its verdict.
 *
 * @param recommendation       the recommended abstraction
 * @param placementToday       how it is started and found today, or null when it is started outside any
 *                             supervisor or that is not known ({@code supervision} says which)
 * @param placementRecommended the recommended placement, or null when no process is needed
 * @param supervision          how it is supervised today, with parent and evidence
 */
public record ModuleSummary(String name, String file, int line, String abstraction, boolean processNeeded,
                            Pattern recommendation, Verdict verdict, Placement placementToday,
                            Placement placementRecommended, Supervision supervision) {
}
