package io.github.otpadvisor.report.model;

/** One question of the decision framework as it was answered for a module, in the order asked. */
public record StepView(int number, String question, boolean yes) {
}
