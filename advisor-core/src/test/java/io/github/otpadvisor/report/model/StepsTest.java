package io.github.otpadvisor.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.decision.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A process kept for its purpose: the questions are answered for that purpose, and each answer the purpose changed
 * says so (rube's MoneyMarkets.TokenBuilder, read as "stateless yes, then Q1 no and Q2 'needs state' yes").
 */
class StepsTest {
    @Test
    void anAnswerThePurposeChangedSaysSo() {
        Answers facts = new Answers(true, false, false, false, false, false, false, false);
        Answers purpose = new Answers(false, true, false, false, false, true, false, false);
        List<StepView> steps = Steps.of(purpose, Question.TIMEOUTS_MONITORS_INFO, true, null, facts,
                "serialized I/O on a shared resource");
        assertEquals("answered for its purpose, serialized I/O on a shared resource; from the facts alone: yes",
                steps.get(0).why().text());
        assertEquals(0, steps.get(0).why().line(), "no place to cite: the template prints no location");
        assertEquals("answered for its purpose, serialized I/O on a shared resource; from the facts alone: no",
                steps.get(1).why().text());
        assertNull(steps.get(2).why(), "Q3 is no either way");
    }

    @Test
    void withoutAPurposeNothingIsAdded() {
        Answers facts = new Answers(true, false, false, false, false, false, false, false);
        List<StepView> steps = Steps.of(facts, Question.STATELESS, false, null, facts, null);
        assertNull(steps.get(0).why());
    }
}
