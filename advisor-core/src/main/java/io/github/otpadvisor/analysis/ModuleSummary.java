package io.github.otpadvisor.analysis;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Verdict;

/**
 * One process module as the reports list it: where it is, the abstraction it uses today, and what
 * the decision model recommends with its verdict.
 */
public record ModuleSummary(String name, String file, int line, String abstraction, boolean processNeeded,
                            Pattern recommendation, Verdict verdict) {
}
