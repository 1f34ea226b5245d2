package io.github.otpadvisor.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every path through the five questions, from a person's answers. */
class DecisionModelTest {
    private static Answers.Builder stateful() {
        return Answers.builder().stateBetweenOps(true);
    }

    private static void assertDecision(Decision d, boolean process, Pattern pattern, Pattern worker,
                                       Pattern supervision, Question decidedBy) {
        assertEquals(process, d.processNeeded(), "process needed");
        assertEquals(pattern, d.pattern(), "pattern");
        assertEquals(worker, d.worker(), "worker");
        assertEquals(supervision, d.supervision(), "supervision");
        assertEquals(decidedBy, d.decidedBy(), "deciding question");
        assertFalse(d.rationale().isBlank());
    }

    @Test
    void q1StatelessComputationIsFunctionsWhateverElseIsSaid() {
        Decision d = DecisionModel.decide(Answers.builder().stateless(true).stateBetweenOps(true)
                .timeoutsMonitorsInfo(true).dynamicChildren(true).build());
        assertDecision(d, false, Pattern.FUNCTIONS, Pattern.FUNCTIONS, null, Question.STATELESS);
    }

    @Test
    void q2NoStateBetweenOperationsIsFunctions() {
        assertDecision(DecisionModel.decide(Answers.builder().build()),
                false, Pattern.FUNCTIONS, Pattern.FUNCTIONS, null, Question.STATE_BETWEEN_OPERATIONS);
    }

    @Test
    void q2OneOffAsyncWorkIsATaskUnderATaskSupervisor() {
        Decision d = DecisionModel.decide(Answers.builder().oneOffAsync(true).build());
        assertDecision(d, true, Pattern.TASK, Pattern.TASK, Pattern.TASK_SUPERVISOR, Question.STATE_BETWEEN_OPERATIONS);
        assertTrue(d.rationale().contains("Task.Supervisor"), d.rationale());
    }

    @Test
    void q3SharedStoreReadByManyIsEtsWithoutAProcess() {
        Decision d = DecisionModel.decide(stateful().simpleGetUpdate(true).manyReaders(true).build());
        assertDecision(d, false, Pattern.ETS, Pattern.ETS, null, Question.SIMPLE_GET_UPDATE);
    }

    @Test
    void q3SimpleGetUpdateIsAnAgentUnderASupervisor() {
        Decision d = DecisionModel.decide(stateful().simpleGetUpdate(true).build());
        assertDecision(d, true, Pattern.AGENT, Pattern.AGENT, Pattern.SUPERVISOR, Question.SIMPLE_GET_UPDATE);
    }

    @Test
    void q3PerEntityAgentsGoUnderADynamicSupervisorWithARegistry() {
        Decision d = DecisionModel.decide(stateful().simpleGetUpdate(true).dynamicChildren(true).build());
        assertDecision(d, true, Pattern.DYNAMIC_SUPERVISOR_REGISTRY, Pattern.AGENT,
                Pattern.DYNAMIC_SUPERVISOR_REGISTRY, Question.SIMPLE_GET_UPDATE);
    }

    @Test
    void q4TimeoutsMonitorsOrInfoMakeAGenServer() {
        Decision d = DecisionModel.decide(stateful().timeoutsMonitorsInfo(true).build());
        assertDecision(d, true, Pattern.GENSERVER, Pattern.GENSERVER, Pattern.SUPERVISOR,
                Question.TIMEOUTS_MONITORS_INFO);
    }

    @Test
    void q4WithoutThemAnAgentStillDoes() {
        Decision d = DecisionModel.decide(stateful().build());
        assertDecision(d, true, Pattern.AGENT, Pattern.AGENT, Pattern.SUPERVISOR, Question.TIMEOUTS_MONITORS_INFO);
    }

    @Test
    void q5DynamicGenServersGoUnderADynamicSupervisorWithARegistry() {
        Decision d = DecisionModel.decide(stateful().timeoutsMonitorsInfo(true).dynamicChildren(true).build());
        assertDecision(d, true, Pattern.DYNAMIC_SUPERVISOR_REGISTRY, Pattern.GENSERVER,
                Pattern.DYNAMIC_SUPERVISOR_REGISTRY, Question.TIMEOUTS_MONITORS_INFO);
    }

    @Test
    void q5ABottleneckedDynamicSupervisorBecomesAPartitionSupervisor() {
        Decision d = DecisionModel.decide(stateful().timeoutsMonitorsInfo(true).dynamicChildren(true)
                .supervisorBottleneck(true).build());
        assertDecision(d, true, Pattern.PARTITION_SUPERVISOR, Pattern.GENSERVER, Pattern.PARTITION_SUPERVISOR,
                Question.TIMEOUTS_MONITORS_INFO);
    }

    @Test
    void aBottleneckWithoutDynamicChildrenChangesNothing() {
        Decision d = DecisionModel.decide(stateful().timeoutsMonitorsInfo(true).supervisorBottleneck(true).build());
        assertEquals(Pattern.GENSERVER, d.pattern());
        assertEquals(Pattern.SUPERVISOR, d.supervision());
    }

    @Test
    void verdictsCompareTodayWithTheRecommendedWorker() {
        assertEquals(Verdict.HEAVIER_THAN_NEEDED, Verdict.compare(Pattern.GENSERVER, Pattern.FUNCTIONS));
        assertEquals(Verdict.HEAVIER_THAN_NEEDED, Verdict.compare(Pattern.GENSERVER, Pattern.ETS));
        assertEquals(Verdict.HEAVIER_THAN_NEEDED, Verdict.compare(Pattern.AGENT, Pattern.ETS));
        assertEquals(Verdict.FITS, Verdict.compare(Pattern.GENSERVER, Pattern.GENSERVER));
        assertEquals(Verdict.FITS, Verdict.compare(Pattern.AGENT, Pattern.AGENT));
        assertEquals(Verdict.LIGHTER_THAN_NEEDED, Verdict.compare(Pattern.AGENT, Pattern.GENSERVER));
        assertEquals(Verdict.LIGHTER_THAN_NEEDED, Verdict.compare(Pattern.TASK, Pattern.GENSERVER));
        assertEquals("heavier than needed", Verdict.HEAVIER_THAN_NEEDED.label());
    }

    @Test
    void patternLabelsAreTheQuickReferenceSpellings() {
        assertEquals("DynamicSupervisor + Registry", Pattern.DYNAMIC_SUPERVISOR_REGISTRY.label());
        assertEquals("Task.Supervisor", Pattern.TASK_SUPERVISOR.label());
        assertEquals(Pattern.ETS, Pattern.fromLabel("ETS"));
        assertThrows(IllegalArgumentException.class, () -> Pattern.fromLabel("Actor"));
        assertNull(DecisionModel.decide(Answers.builder().build()).supervision());
    }
}
