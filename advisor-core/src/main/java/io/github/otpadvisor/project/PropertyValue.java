package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.Evidence;
import java.util.List;

/** One runtime property: yes or no, and the evidence for the answer (for a "no", what was checked). */
public record PropertyValue(boolean value, List<Evidence> evidence) {
    public PropertyValue {
        evidence = List.copyOf(evidence);
    }
}
