package io.github.otpadvisor.report.model;

import io.github.otpadvisor.facts.Evidence;

/**
 * One question of the decision framework as it was answered for a module, in the order asked.
 *
 * @param why the observation a yes rests on, for the reader to check (Q4: the timer, monitor, handle_info or owned
 *            resource), or null when the answer cites none
 */
public record StepView(int number, String question, boolean yes, Evidence why) {
    public StepView(int number, String question, boolean yes) {
        this(number, question, yes, null);
    }
}
