package io.github.otpadvisor.assess;

import io.github.otpadvisor.facts.extract.Fixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.assess.FactsToAnswers.ModuleDecision;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Question;
import io.github.otpadvisor.decision.Verdict;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FactsToAnswersTest {
    private static ModuleDecision decide(String module) {
        return FactsToAnswers.decide(Fixtures.process(module));
    }

    private static void expect(String module, Pattern today, Pattern recommended, Verdict verdict) {
        ModuleDecision d = decide(module);
        assertEquals(today, d.today(), module);
        assertEquals(recommended, d.decision().pattern(), module + " " + d);
        assertEquals(verdict, d.verdict(), module + " " + d);
    }

    @Test
    void decisionsPerModule() {
        expect("Shop.Calculator", Pattern.GENSERVER, Pattern.FUNCTIONS, Verdict.HEAVIER_THAN_NEEDED);
        expect("Shop.Cache", Pattern.GENSERVER, Pattern.ETS, Verdict.HEAVIER_THAN_NEEDED);
        expect("Shop.Counter", Pattern.AGENT, Pattern.ETS, Verdict.HEAVIER_THAN_NEEDED);
        expect("Shop.Poller", Pattern.GENSERVER, Pattern.GENSERVER, Verdict.FITS);
        expect("Shop.TableOwner", Pattern.GENSERVER, Pattern.GENSERVER, Verdict.FITS);
        expect("Shop.Rooms.Room", Pattern.GENSERVER, Pattern.DYNAMIC_SUPERVISOR_REGISTRY, Verdict.FITS);
        expect("Shop.Cart", Pattern.GENSERVER, Pattern.PARTITION_SUPERVISOR, Verdict.HEAVIER_THAN_NEEDED);
        expect("Shop.Workers.Reporter", Pattern.TASK, Pattern.TASK, Verdict.FITS);
        expect("Shop.Workers.Supervisor", Pattern.SUPERVISOR, Pattern.SUPERVISOR, Verdict.FITS);
        expect("Billing.Ledger", Pattern.AGENT, Pattern.AGENT, Verdict.FITS);
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
        Map<String, ModuleDecision> all = FactsToAnswers.decideAll(Fixtures.umbrella()).stream()
                .collect(Collectors.toMap(ModuleDecision::module, d -> d));
        assertEquals(Fixtures.umbrella().processModules().size(), all.size());
        List<String> verdicts = all.values().stream().map(d -> d.verdict().label()).distinct().sorted().toList();
        assertEquals(List.of("fits", "heavier than needed"), verdicts);
    }
}
