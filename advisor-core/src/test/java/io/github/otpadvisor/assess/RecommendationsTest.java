package io.github.otpadvisor.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.DecisionModel;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.extract.Fixtures;
import io.github.otpadvisor.project.ProcessModule;
import org.junit.jupiter.api.Test;

/** The refinements of the framework's answer that depend on today's form and placement. */
class RecommendationsTest {
    private static final TodayPlacement STATIC = new TodayPlacement(Placement.STATIC_CHILD, true);
    private static final TodayPlacement DYNAMIC = new TodayPlacement(Placement.DYNAMIC_SUPERVISOR_REGISTRY, true);
    private static final TodayPlacement PARTITION = new TodayPlacement(Placement.PARTITION_SUPERVISOR, true);
    private static final TodayPlacement NONE = new TodayPlacement(null, true);

    private static ProcessModule module(String name) {
        return Fixtures.project("placement").processModule(name).orElseThrow();
    }

    private static final ProcessModule TICKER = module("Placed.Ticker");
    private static final ProcessModule SESSION = module("Placed.Session");

    private static Decision decide(Answers.Builder b) {
        return DecisionModel.decide(b.build());
    }

    @Test
    void aGenStatemThatNeedsAGenServerKeepsItsStateMachine() {
        Decision genServer = decide(Answers.builder().stateBetweenOps(true).timeoutsMonitorsInfo(true));
        assertEquals(Pattern.GEN_STATEM,
                Recommendations.refine(genServer, Pattern.GEN_STATEM, STATIC, TICKER).abstraction());
        assertEquals(Pattern.GENSERVER,
                Recommendations.refine(genServer, Pattern.GENSERVER, STATIC, TICKER).abstraction());
        // a gen_statem whose state an Agent holds is not kept
        Decision agent = decide(Answers.builder().stateBetweenOps(true).simpleGetUpdate(true));
        assertSame(agent, Recommendations.refine(agent, Pattern.GEN_STATEM, STATIC, TICKER));
    }

    @Test
    void taskWorkListedInAChildrenListStaysAStaticChild() {
        Decision task = decide(Answers.builder().oneOffAsync(true));
        assertEquals(Placement.TASK_SUPERVISOR, task.placement());
        assertEquals(Placement.STATIC_CHILD, Recommendations.refine(task, Pattern.TASK, STATIC, TICKER).placement());
        assertEquals(Placement.TASK_SUPERVISOR, Recommendations.refine(task, Pattern.TASK, NONE, TICKER).placement());
        assertEquals(Placement.TASK_SUPERVISOR,
                Recommendations.refine(task, Pattern.TASK, TodayPlacement.UNKNOWN, TICKER).placement());
    }

    @Test
    void perEntityProcessesAlreadyPartitionedStaySo() {
        Decision perEntity = decide(Answers.builder().stateBetweenOps(true).timeoutsMonitorsInfo(true)
                .dynamicChildren(true));
        assertEquals(Placement.PARTITION_SUPERVISOR,
                Recommendations.refine(perEntity, Pattern.GENSERVER, PARTITION, SESSION).placement());
        assertEquals(Placement.DYNAMIC_SUPERVISOR_REGISTRY,
                Recommendations.refine(perEntity, Pattern.GENSERVER, DYNAMIC, SESSION).placement());
    }

    @Test
    void aServerWhoseLogicIsMoreThanGetOrUpdateKeepsItsForm() {
        // Q3 no (beyond simple get/update), Q4 no: the seed says Agent; for a GenServer today that logic would
        // move into get_and_update closures (OTP006), so it stays
        Decision complex = decide(Answers.builder().stateBetweenOps(true));
        assertEquals(Pattern.AGENT, complex.abstraction());
        Decision kept = Recommendations.refine(complex, Pattern.GENSERVER, STATIC, TICKER);
        assertEquals(Pattern.GENSERVER, kept.abstraction(), kept.rationale());
        assertTrue(kept.rationale().contains("get_and_update"), kept.rationale());
        // simple get/update (Q3 yes) is the Agent's case: recommended as before
        Decision simple = decide(Answers.builder().stateBetweenOps(true).simpleGetUpdate(true));
        assertEquals(Pattern.AGENT, Recommendations.refine(simple, Pattern.GENSERVER, STATIC, TICKER).abstraction());
    }

    /** Whether starts are a bottleneck (entity key, burst path) is the project's call (BottleneckStarts): kept. */
    @Test
    void aBottleneckAnswerKeepsItsPartitionSupervisor() {
        Decision bottleneck = decide(Answers.builder().stateBetweenOps(true).timeoutsMonitorsInfo(true)
                .dynamicChildren(true).supervisorBottleneck(true));
        assertEquals(Placement.PARTITION_SUPERVISOR, bottleneck.placement());
        assertEquals(Placement.PARTITION_SUPERVISOR,
                Recommendations.refine(bottleneck, Pattern.GENSERVER, DYNAMIC, SESSION).placement(), "keyed by id");
    }

    @Test
    void aPerEntityNameListedInAChildrenListStaysAStaticChild() {
        Decision perEntity = decide(Answers.builder().stateBetweenOps(true).timeoutsMonitorsInfo(true)
                .dynamicChildren(true));
        // listed in a supervisor's children (a subtree started per entity keeps its children static)
        assertEquals(Placement.STATIC_CHILD,
                Recommendations.refine(perEntity, Pattern.GENSERVER, STATIC, TICKER).placement());
        // started through start_child as well: the dynamic placement stands
        assertEquals(Placement.DYNAMIC_SUPERVISOR_REGISTRY,
                Recommendations.refine(perEntity, Pattern.GENSERVER, STATIC, SESSION).placement());
    }

    @Test
    void supervisorsKeepTheirPlacementUnlessUnsupervisedOrABottleneck() {
        Answers plain = Answers.builder().build();
        Answers bottleneck = Answers.builder().dynamicChildren(true).supervisorBottleneck(true).build();
        Decision sup = Recommendations.supervisor(Abstraction.SUPERVISOR, plain, DYNAMIC);
        assertEquals(Pattern.SUPERVISOR, sup.abstraction());
        assertEquals(Placement.DYNAMIC_SUPERVISOR_REGISTRY, sup.placement(), "a per-entity subtree stays one");
        assertEquals(Placement.STATIC_CHILD, Recommendations.supervisor(Abstraction.SUPERVISOR, plain, NONE)
                .placement());
        assertEquals(Placement.STATIC_CHILD, Recommendations.supervisor(Abstraction.DYNAMIC_SUPERVISOR, plain,
                TodayPlacement.UNKNOWN).placement());
        Decision partitioned = Recommendations.supervisor(Abstraction.DYNAMIC_SUPERVISOR, bottleneck, STATIC);
        assertEquals(Pattern.DYNAMIC_SUPERVISOR, partitioned.abstraction());
        assertEquals(Placement.PARTITION_SUPERVISOR, partitioned.placement());
    }
}
