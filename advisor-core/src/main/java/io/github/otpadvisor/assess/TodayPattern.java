package io.github.otpadvisor.assess;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.facts.Abstraction;

/** The RULEBOOK §3 abstraction an abstraction in use stands for, to compare with a recommendation. */
final class TodayPattern {
    private TodayPattern() {
    }

    static Pattern of(Abstraction a) {
        return switch (a) {
            case GENSERVER -> Pattern.GENSERVER;
            case GEN_STATEM -> Pattern.GEN_STATEM;
            case AGENT -> Pattern.AGENT;
            case TASK -> Pattern.TASK;
            case SUPERVISOR -> Pattern.SUPERVISOR;
            case DYNAMIC_SUPERVISOR -> Pattern.DYNAMIC_SUPERVISOR;
            case NONE -> Pattern.FUNCTIONS;
        };
    }
}
