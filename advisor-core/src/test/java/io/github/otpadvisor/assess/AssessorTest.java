package io.github.otpadvisor.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Question;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.facts.extract.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AssessorTest {
    private static Assessment decide(String module) {
        return Assessor.assess(Fixtures.umbrella()).of(module).orElseThrow();
    }

    private static void expect(String module, Pattern today, Pattern recommended, Verdict verdict) {
        Assessment d = decide(module);
        assertEquals(today, d.today(), module);
        assertEquals(recommended, d.decision().pattern(), module + " " + d);
        assertEquals(verdict, d.verdict(), module + " " + d);
    }

    @Test
    void decisionsPerModule() {
        expect("Shop.Calculator", Pattern.GENSERVER, Pattern.FUNCTIONS, Verdict.HEAVIER_THAN_NEEDED);
        expect("Shop.Cache", Pattern.GENSERVER, Pattern.ETS, Verdict.HEAVIER_THAN_NEEDED);
        // a counter is simple state but not a key-value map (RULEBOOK §3): an Agent fits
        expect("Shop.Counter", Pattern.AGENT, Pattern.AGENT, Verdict.FITS);
        expect("Shop.Poller", Pattern.GENSERVER, Pattern.GENSERVER, Verdict.FITS);
        expect("Shop.TableOwner", Pattern.GENSERVER, Pattern.GENSERVER, Verdict.FITS);
        expect("Shop.Rooms.Room", Pattern.GENSERVER, Pattern.DYNAMIC_SUPERVISOR_REGISTRY, Verdict.FITS);
        expect("Shop.Cart", Pattern.GENSERVER, Pattern.PARTITION_SUPERVISOR, Verdict.HEAVIER_THAN_NEEDED);
        expect("Shop.Workers.Reporter", Pattern.TASK, Pattern.TASK, Verdict.FITS);
        expect("Shop.Workers.Supervisor", Pattern.SUPERVISOR, Pattern.SUPERVISOR, Verdict.FITS);
        // branching logic inside get_and_update is a GenServer's job (OTP006 fires on it too)
        expect("Billing.Ledger", Pattern.AGENT, Pattern.GENSERVER, Verdict.LIGHTER_THAN_NEEDED);
        expect("Billing.Gateway", Pattern.GENSERVER, Pattern.GENSERVER, Verdict.FITS);
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
        assertEquals(Pattern.AGENT, decide("Shop.Cart").decision().worker());
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
        assertEquals(List.of("fits", "heavier than needed", "lighter than needed"), verdicts);
    }
}
