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

    private static void assertDecision(Decision d, boolean process, Pattern abstraction, Placement placement,
                                       Question decidedBy) {
        assertEquals(process, d.processNeeded(), "process needed");
        assertEquals(abstraction, d.abstraction(), "abstraction");
        assertEquals(placement, d.placement(), "placement");
        assertEquals(decidedBy, d.decidedBy(), "deciding question");
        assertFalse(d.rationale().isBlank());
    }

    @Test
    void q1StatelessComputationIsFunctionsWhateverElseIsSaid() {
        Decision d = DecisionModel.decide(Answers.builder().stateless(true).stateBetweenOps(true)
                .timeoutsMonitorsInfo(true).dynamicChildren(true).build());
        assertDecision(d, false, Pattern.FUNCTIONS, null, Question.STATELESS);
    }

    @Test
    void q2NoStateBetweenOperationsIsFunctions() {
        assertDecision(DecisionModel.decide(Answers.builder().build()),
                false, Pattern.FUNCTIONS, null, Question.STATE_BETWEEN_OPERATIONS);
    }

    @Test
    void q2OneOffAsyncWorkIsATaskUnderATaskSupervisor() {
        Decision d = DecisionModel.decide(Answers.builder().oneOffAsync(true).build());
        assertDecision(d, true, Pattern.TASK, Placement.TASK_SUPERVISOR, Question.STATE_BETWEEN_OPERATIONS);
        assertTrue(d.rationale().contains("Task.Supervisor"), d.rationale());
    }

    @Test
    void q3SharedStoreReadByManyIsEtsWithoutAProcess() {
        Decision d = DecisionModel.decide(stateful().simpleGetUpdate(true).manyReaders(true).build());
        assertDecision(d, false, Pattern.ETS, null, Question.SIMPLE_GET_UPDATE);
    }

    @Test
    void q3SimpleGetUpdateIsAnAgentUnderASupervisor() {
        Decision d = DecisionModel.decide(stateful().simpleGetUpdate(true).build());
        assertDecision(d, true, Pattern.AGENT, Placement.STATIC_CHILD, Question.SIMPLE_GET_UPDATE);
    }

    @Test
    void q3PerEntityAgentsGoUnderADynamicSupervisorWithARegistry() {
        Decision d = DecisionModel.decide(stateful().simpleGetUpdate(true).dynamicChildren(true).build());
        assertDecision(d, true, Pattern.AGENT, Placement.DYNAMIC_SUPERVISOR_REGISTRY,
                Question.SIMPLE_GET_UPDATE);
    }

    @Test
    void q4TimeoutsMonitorsOrInfoMakeAGenServer() {
        Decision d = DecisionModel.decide(stateful().timeoutsMonitorsInfo(true).build());
        assertDecision(d, true, Pattern.GENSERVER, Placement.STATIC_CHILD, Question.TIMEOUTS_MONITORS_INFO);
    }

    @Test
    void q4WithoutThemAnAgentStillDoes() {
        Decision d = DecisionModel.decide(stateful().build());
        assertDecision(d, true, Pattern.AGENT, Placement.STATIC_CHILD, Question.TIMEOUTS_MONITORS_INFO);
    }

    @Test
    void q5DynamicGenServersGoUnderADynamicSupervisorWithARegistry() {
        Decision d = DecisionModel.decide(stateful().timeoutsMonitorsInfo(true).dynamicChildren(true).build());
        assertDecision(d, true, Pattern.GENSERVER, Placement.DYNAMIC_SUPERVISOR_REGISTRY,
                Question.TIMEOUTS_MONITORS_INFO);
        assertEquals("GenServer under DynamicSupervisor + Registry", d.summary());
    }

    @Test
    void q5ABottleneckedDynamicSupervisorBecomesAPartitionSupervisor() {
        Decision d = DecisionModel.decide(stateful().timeoutsMonitorsInfo(true).dynamicChildren(true)
                .supervisorBottleneck(true).build());
        assertDecision(d, true, Pattern.GENSERVER, Placement.PARTITION_SUPERVISOR, Question.TIMEOUTS_MONITORS_INFO);
    }

    @Test
    void aBottleneckWithoutDynamicChildrenChangesNothing() {
        Decision d = DecisionModel.decide(stateful().timeoutsMonitorsInfo(true).supervisorBottleneck(true).build());
        assertEquals(Pattern.GENSERVER, d.abstraction());
        assertEquals(Placement.STATIC_CHILD, d.placement());
        assertEquals("GenServer as a static child", d.summary());
    }

    @Test
    void verdictsCompareTodaysAbstractionFirst() {
        assertEquals(Verdict.HEAVIER_THAN_NEEDED, Verdict.compareAbstractions(Pattern.GENSERVER, Pattern.FUNCTIONS));
        assertEquals(Verdict.HEAVIER_THAN_NEEDED, Verdict.compareAbstractions(Pattern.GENSERVER, Pattern.ETS));
        assertEquals(Verdict.HEAVIER_THAN_NEEDED, Verdict.compareAbstractions(Pattern.AGENT, Pattern.ETS));
        assertEquals(Verdict.HEAVIER_THAN_NEEDED, Verdict.compareAbstractions(Pattern.GENSERVER, Pattern.TASK));
        assertEquals(Verdict.FITS, Verdict.compareAbstractions(Pattern.GENSERVER, Pattern.GENSERVER));
        assertEquals(Verdict.FITS, Verdict.compareAbstractions(Pattern.AGENT, Pattern.AGENT));
        assertEquals(Verdict.LIGHTER_THAN_NEEDED, Verdict.compareAbstractions(Pattern.AGENT, Pattern.GENSERVER));
        assertEquals(Verdict.LIGHTER_THAN_NEEDED, Verdict.compareAbstractions(Pattern.TASK, Pattern.GENSERVER));
        assertEquals(Verdict.LIGHTER_THAN_NEEDED, Verdict.compareAbstractions(Pattern.TASK, Pattern.AGENT));
        // same weight, simpler form
        assertEquals(Verdict.SIMPLER_ALTERNATIVE, Verdict.compareAbstractions(Pattern.GENSERVER, Pattern.AGENT));
        assertEquals(Verdict.SIMPLER_ALTERNATIVE, Verdict.compareAbstractions(Pattern.GEN_STATEM, Pattern.AGENT));
        assertEquals("heavier than needed", Verdict.HEAVIER_THAN_NEEDED.label());
        assertEquals("simpler alternative", Verdict.SIMPLER_ALTERNATIVE.label());
    }

    @Test
    void placementDecidesOnlyWhenTheAbstractionsMatchAndTodayIsKnown() {
        assertEquals(Verdict.FITS, Verdict.compare(Pattern.GENSERVER, Placement.STATIC_CHILD, true,
                Pattern.GENSERVER, Placement.STATIC_CHILD));
        assertEquals(Verdict.PLACEMENT_DIFFERS, Verdict.compare(Pattern.GENSERVER, Placement.STATIC_CHILD, true,
                Pattern.GENSERVER, Placement.DYNAMIC_SUPERVISOR_REGISTRY));
        // started outside any supervisor: the right abstraction, started the wrong way
        assertEquals(Verdict.PLACEMENT_DIFFERS, Verdict.compare(Pattern.AGENT, null, true,
                Pattern.AGENT, Placement.STATIC_CHILD));
        // how it is started is not known: nothing is claimed about it
        assertEquals(Verdict.FITS, Verdict.compare(Pattern.GENSERVER, null, false,
                Pattern.GENSERVER, Placement.DYNAMIC_SUPERVISOR_REGISTRY));
        // the abstraction decides first
        assertEquals(Verdict.HEAVIER_THAN_NEEDED, Verdict.compare(Pattern.GENSERVER, Placement.STATIC_CHILD, true,
                Pattern.ETS, null));
        assertEquals("placement differs", Verdict.PLACEMENT_DIFFERS.label());
    }

    @Test
    void patternLabelsAreTheQuickReferenceSpellings() {
        assertEquals("DynamicSupervisor + Registry", Pattern.DYNAMIC_SUPERVISOR_REGISTRY.label());
        assertEquals("Task.Supervisor", Pattern.TASK_SUPERVISOR.label());
        assertEquals(Pattern.ETS, Pattern.fromLabel("ETS"));
        assertThrows(IllegalArgumentException.class, () -> Pattern.fromLabel("Actor"));
        assertNull(DecisionModel.decide(Answers.builder().build()).placement());
        assertEquals("static child", Placement.STATIC_CHILD.label());
        assertEquals(Placement.DYNAMIC_SUPERVISOR_REGISTRY, Placement.fromLabel("DynamicSupervisor + Registry"));
        assertEquals("gen_statem", Pattern.GEN_STATEM.label());
        assertFalse(Pattern.PARTITION_SUPERVISOR.isAbstraction());
        assertThrows(IllegalArgumentException.class, () -> new Decision(true, Pattern.DYNAMIC_SUPERVISOR_REGISTRY,
                Placement.STATIC_CHILD, Question.DYNAMIC_CHILDREN, "a placement is not an abstraction"));
    }
}
