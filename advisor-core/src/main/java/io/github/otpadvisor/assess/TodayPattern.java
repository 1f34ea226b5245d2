package io.github.otpadvisor.assess;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.facts.Abstraction;

/** The Quick Reference pattern an abstraction in use stands for, to compare with a recommendation. */
final class TodayPattern {
    private TodayPattern() {
    }

    static Pattern of(Abstraction a) {
        return switch (a) {
            case GENSERVER, GEN_STATEM -> Pattern.GENSERVER;
            case AGENT -> Pattern.AGENT;
            case TASK -> Pattern.TASK;
            case SUPERVISOR -> Pattern.SUPERVISOR;
            case DYNAMIC_SUPERVISOR -> Pattern.DYNAMIC_SUPERVISOR_REGISTRY;
            case NONE -> Pattern.FUNCTIONS;
        };
    }
}
