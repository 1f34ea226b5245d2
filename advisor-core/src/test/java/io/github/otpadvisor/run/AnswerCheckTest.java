package io.github.otpadvisor.run;

import static io.github.otpadvisor.run.DecideAnswer.BOTTLENECK;
import static io.github.otpadvisor.run.DecideAnswer.DYNAMIC_CHILDREN;
import static io.github.otpadvisor.run.DecideAnswer.MANY_READERS;
import static io.github.otpadvisor.run.DecideAnswer.ONE_OFF_ASYNC;
import static io.github.otpadvisor.run.DecideAnswer.SIMPLE_GET_UPDATE;
import static io.github.otpadvisor.run.DecideAnswer.STATE;
import static io.github.otpadvisor.run.DecideAnswer.STATELESS;
import static io.github.otpadvisor.run.DecideAnswer.TIMEOUTS_MONITORS_INFO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {
    private static List<String> check(Set<DecideAnswer> yes, Set<DecideAnswer> no) {
        return AnswerCheck.warnings(yes, no);
    }

    @Test
    void completeAnswersGiveNoWarning() {
        assertEquals(List.of(), check(Set.of(STATELESS), Set.of()));
        assertEquals(List.of(), check(Set.of(ONE_OFF_ASYNC), Set.of()), "one-off async answers Q2 no");
        assertEquals(List.of(), check(Set.of(STATE, SIMPLE_GET_UPDATE, MANY_READERS), Set.of()), "ETS: no Q4, Q5");
        assertEquals(List.of(), check(Set.of(STATE, TIMEOUTS_MONITORS_INFO, DYNAMIC_CHILDREN), Set.of()));
        assertEquals(List.of(), check(Set.of(STATE), Set.of(SIMPLE_GET_UPDATE, TIMEOUTS_MONITORS_INFO,
                DYNAMIC_CHILDREN)));
        assertEquals(List.of(), check(Set.of(), Set.of(STATELESS, STATE)), "no to Q1 and Q2: functions, answered");
    }

    @Test
    void eachUnansweredQuestionOnThePathIsNamed() {
        List<String> w = check(Set.of(STATE), Set.of());
        assertEquals(3, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("Q3 \"Is it simple get/update only?\" is not answered"), w.get(0));
        assertTrue(w.get(1).startsWith("Q4 "), w.get(1));
        assertTrue(w.get(2).startsWith("Q5 "), w.get(2));
        assertTrue(w.get(2).contains("--yes or --no dynamic-children; the goal's dynamicChildren"), w.get(2));
        List<String> q1 = check(Set.of(), Set.of(STATE));
        assertEquals(1, q1.size(), q1.toString());
        assertTrue(q1.get(0).startsWith("Q1 "), q1.get(0));
    }

    @Test
    void contradictionsAndIgnoredFollowUps() {
        assertTrue(check(Set.of(STATELESS, DYNAMIC_CHILDREN), Set.of()).get(0)
                .startsWith("'stateless' contradicts 'dynamic-children'"));
        assertTrue(check(Set.of(STATE, SIMPLE_GET_UPDATE, TIMEOUTS_MONITORS_INFO), Set.of(DYNAMIC_CHILDREN))
                .get(0).startsWith("'simple-get-update' and 'timeouts-monitors-info' contradict"));
        assertTrue(check(Set.of(STATE, ONE_OFF_ASYNC), Set.of(SIMPLE_GET_UPDATE, TIMEOUTS_MONITORS_INFO,
                DYNAMIC_CHILDREN)).get(0).startsWith("'one-off-async' is asked only when no state survives"));
        assertTrue(check(Set.of(STATE, MANY_READERS, TIMEOUTS_MONITORS_INFO), Set.of(DYNAMIC_CHILDREN)).get(0)
                .startsWith("'many-readers' refines a yes to Q3"));
        assertTrue(check(Set.of(STATE, TIMEOUTS_MONITORS_INFO, BOTTLENECK), Set.of()).stream()
                .anyMatch(s -> s.startsWith("'bottleneck' refines a yes to Q5")));
        assertTrue(check(Set.of(STATE), Set.of(STATE)).get(0).startsWith("'state' is answered both yes and no"));
    }
}
