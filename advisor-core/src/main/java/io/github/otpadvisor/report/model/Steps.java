package io.github.otpadvisor.report.model;

import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.decision.Question;
import io.github.otpadvisor.facts.Evidence;
import java.util.ArrayList;
import java.util.List;

/** The questions as the seed asks them, in order, up to the deciding one, then Q5 when a process is needed. */
final class Steps {
    private static final Question[] WORKER = {Question.STATELESS, Question.STATE_BETWEEN_OPERATIONS,
            Question.SIMPLE_GET_UPDATE, Question.TIMEOUTS_MONITORS_INFO};

    private Steps() {
    }

    static List<StepView> of(Answers a, Question decidedBy, boolean processNeeded) {
        return of(a, decidedBy, processNeeded, null);
    }

    /** {@code q4Why}: what Q4's yes rests on (printed with it), or null. */
    static List<StepView> of(Answers a, Question decidedBy, boolean processNeeded, Evidence q4Why) {
        return of(a, decidedBy, processNeeded, q4Why, null, null);
    }

    /**
     * With the purpose that answered Q1-Q4 ({@code purpose}, its label) and the answers of the facts alone
     * ({@code facts}): an answer the purpose changed says so, so it does not read as a claim that contradicts the
     * context above it (a reader: "stateless yes, then Q1 no").
     */
    static List<StepView> of(Answers a, Question decidedBy, boolean processNeeded, Evidence q4Why, Answers facts,
                             String purpose) {
        boolean[] answers = {a.stateless(), a.stateBetweenOps(), a.simpleGetUpdate(), a.timeoutsMonitorsInfo()};
        boolean[] alone = facts == null ? answers : new boolean[] {facts.stateless(), facts.stateBetweenOps(),
                facts.simpleGetUpdate(), facts.timeoutsMonitorsInfo()};
        List<StepView> steps = new ArrayList<>();
        for (int i = 0; i < WORKER.length; i++) {
            boolean q4 = WORKER[i] == Question.TIMEOUTS_MONITORS_INFO && answers[i];
            Evidence why = q4 ? q4Why : null;
            if (purpose != null && answers[i] != alone[i] && why == null) {
                why = new Evidence("", 0, 0, "answered for its purpose, " + purpose + "; from the facts alone: "
                        + (alone[i] ? "yes" : "no"));
            }
            steps.add(new StepView(WORKER[i].number(), WORKER[i].text(), answers[i], why));
            if (WORKER[i] == decidedBy) {
                break;
            }
        }
        if (processNeeded) {
            steps.add(step(Question.DYNAMIC_CHILDREN, a.dynamicChildren()));
        }
        return steps;
    }

    /** Supervisors are asked only Q5: which kind of supervisor. */
    static List<StepView> forSupervisor(Answers a) {
        return List.of(step(Question.DYNAMIC_CHILDREN, a.dynamicChildren()));
    }

    private static StepView step(Question q, boolean yes) {
        return new StepView(q.number(), q.text(), yes);
    }
}
