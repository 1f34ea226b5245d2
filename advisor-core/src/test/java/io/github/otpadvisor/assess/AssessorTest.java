package io.github.otpadvisor.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.decision.Question;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.project.Supervision;
import io.github.otpadvisor.facts.extract.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AssessorTest {
    private static Assessment decide(String module) {
        return Assessor.assess(Fixtures.umbrella()).of(module).orElseThrow();
    }

    private static void expect(String module, Pattern today, Pattern abstraction, Placement placement,
                               Verdict verdict) {
        Assessment d = decide(module);
        assertEquals(today, d.today(), module);
        String seen = module + " " + d.decision() + ", today " + d.todayPlacement();
        assertEquals(abstraction, d.decision().abstraction(), seen);
        assertEquals(placement, d.decision().placement(), seen);
        assertEquals(verdict, d.verdict(), seen);
    }

    @Test
    void decisionsPerModule() {
        expect("Shop.Calculator", Pattern.GENSERVER, Pattern.FUNCTIONS, null, Verdict.HEAVIER_THAN_NEEDED);
        expect("Shop.Cache", Pattern.GENSERVER, Pattern.ETS, null, Verdict.HEAVIER_THAN_NEEDED);
        // a counter is simple state but not a key-value map (RULEBOOK §3): an Agent fits
        expect("Shop.Counter", Pattern.AGENT, Pattern.AGENT, Placement.STATIC_CHILD, Verdict.FITS);
        expect("Shop.Poller", Pattern.GENSERVER, Pattern.GENSERVER, Placement.STATIC_CHILD, Verdict.FITS);
        expect("Shop.TableOwner", Pattern.GENSERVER, Pattern.GENSERVER, Placement.STATIC_CHILD, Verdict.FITS);
        // already started through a PartitionSupervisor: it stays partitioned
        expect("Shop.Rooms.Room", Pattern.GENSERVER, Pattern.GENSERVER, Placement.PARTITION_SUPERVISOR,
                Verdict.FITS);
        // same weight, simpler form: its per-cart state is plain get/update
        expect("Shop.Cart", Pattern.GENSERVER, Pattern.AGENT, Placement.PARTITION_SUPERVISOR,
                Verdict.SIMPLER_ALTERNATIVE);
        expect("Shop.Workers.Reporter", Pattern.TASK, Pattern.TASK, Placement.STATIC_CHILD, Verdict.FITS);
        expect("Shop.Workers.Supervisor", Pattern.SUPERVISOR, Pattern.SUPERVISOR, Placement.STATIC_CHILD,
                Verdict.FITS);
        // branching logic inside get_and_update is a GenServer's job (OTP006 fires on it too)
        expect("Billing.Ledger", Pattern.AGENT, Pattern.GENSERVER, Placement.STATIC_CHILD,
                Verdict.LIGHTER_THAN_NEEDED);
        expect("Billing.Gateway", Pattern.GENSERVER, Pattern.GENSERVER, Placement.STATIC_CHILD, Verdict.FITS);
    }

    @Test
    void answersFollowTheProperties() {
        Answers calc = decide("Shop.Calculator").answers();
        assertTrue(calc.stateless());
        assertFalse(decide("Shop.Calculator").decision().processNeeded());
        assertEquals(Question.STATELESS, decide("Shop.Calculator").decision().decidedBy());
        Answers cache = decide("Shop.Cache").answers();
        assertTrue(cache.stateBetweenOps() && cache.simpleGetUpdate() && cache.manyReaders());
        Answers cart = decide("Shop.Cart").answers();
        assertTrue(cart.dynamicChildren() && cart.supervisorBottleneck());
        assertEquals(Pattern.AGENT, decide("Shop.Cart").decision().abstraction());
        Answers reporter = decide("Shop.Workers.Reporter").answers();
        assertTrue(reporter.oneOffAsync());
        assertFalse(reporter.stateless(), "one-off async work is not answered as plain functions");
    }

    @Test
    void decideAllCoversEveryProcessModule() {
        Map<String, Assessment> all = Assessor.assess(Fixtures.umbrella()).all().stream()
                .collect(Collectors.toMap(Assessment::name, d -> d));
        assertEquals(Fixtures.umbrella().processModules().size(), all.size());
        List<String> verdicts = all.values().stream().map(d -> d.verdict().label()).distinct().sorted().toList();
        assertEquals(List.of("fits", "heavier than needed", "lighter than needed", "simpler alternative"), verdicts, all.values().stream().map(d -> d.name() + ": " + d.verdict()).toList()
                .toString());
    }

    private static Assessment placed(String module) {
        return Assessor.assess(Fixtures.project("placement")).of(module).orElseThrow();
    }

    private static void expectPlaced(String module, Placement today, boolean known, Placement recommended,
                                     Verdict verdict) {
        Assessment a = placed(module);
        String seen = module + " " + a.decision() + ", today " + a.todayPlacement() + ", " + a.supervision();
        assertEquals(Pattern.GENSERVER, a.decision().abstraction(), seen);
        assertEquals(today, a.todayPlacement().placement(), seen);
        assertEquals(known, a.todayPlacement().known(), seen);
        assertEquals(recommended, a.decision().placement(), seen);
        assertEquals(verdict, a.verdict(), seen);
    }

    @Test
    void placementIsComparedWhenTheAbstractionIsRight() {
        expectPlaced("Placed.Ticker", Placement.STATIC_CHILD, true, Placement.STATIC_CHILD, Verdict.FITS);
        // a per-entity GenServer is a GenServer placed under DynamicSupervisor + Registry
        expectPlaced("Placed.Session", Placement.DYNAMIC_SUPERVISOR_REGISTRY, true,
                Placement.DYNAMIC_SUPERVISOR_REGISTRY, Verdict.FITS);
        // started through a PartitionSupervisor's via name held in a variable: it stays partitioned
        expectPlaced("Placed.Room", Placement.PARTITION_SUPERVISOR, true, Placement.PARTITION_SUPERVISOR, Verdict.FITS);
        // a singleton started once at boot through start_child: a static child, not a dynamic pool
        expectPlaced("Placed.Clock", Placement.DYNAMIC_SUPERVISOR_REGISTRY, true, Placement.STATIC_CHILD,
                Verdict.PLACEMENT_DIFFERS);
        // started outside any supervisor
        expectPlaced("Placed.Loose", null, true, Placement.STATIC_CHILD, Verdict.PLACEMENT_DIFFERS);
        assertEquals(Supervision.Status.NONE, placed("Placed.Loose").supervision().status());
        // nothing shows how it is started: no claim about its placement
        expectPlaced("Placed.Orphan", null, false, Placement.STATIC_CHILD, Verdict.FITS);
        assertEquals(Supervision.Status.UNKNOWN, placed("Placed.Orphan").supervision().status());
    }
}
