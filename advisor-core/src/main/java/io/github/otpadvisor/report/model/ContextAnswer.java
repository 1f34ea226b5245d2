package io.github.otpadvisor.report.model;

import io.github.otpadvisor.facts.Evidence;
import java.util.List;

/**
 * One line of "BEAM Architecture Context": the question as the seed asks it, yes or no, why, and the
 * file:line evidence behind the answer.
 */
public record ContextAnswer(String question, boolean yes, String why, List<Evidence> evidence) {
    public ContextAnswer {
        evidence = List.copyOf(evidence);
    }
}
