package io.github.otpadvisor.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.decision.Answers;
import org.junit.jupiter.api.Test;

/** The seed's Common Scenarios, recognised from a planned feature's answers. */
class ScenariosTest {
    private static final FeatureNames SHOP = new FeatureNames("Shop", "Shop.Registry", null, "Shop.TaskSupervisor", null);

    private static String scenario(Answers a, String feature) {
        ScenarioView s = Scenarios.of(a, feature, null, SHOP);
        return s == null ? null : s.name() + ": " + s.pattern();
    }

    @Test
    void eachScenarioFromItsAnswers() {
        assertEquals("Rate limiting: ETS + GenServer cleanup", scenario(Answers.builder().stateBetweenOps(true)
                .manyReaders(true).timeoutsMonitorsInfo(true).build(), "Quotas"));
        assertEquals("Rate limiting: ETS + GenServer cleanup",
                scenario(Answers.builder().stateBetweenOps(true).build(), "API rate limiter"), "named so");
        assertEquals("Per-entity simple state: consider ETS first (red flag 3)", scenario(Answers.builder()
                .stateBetweenOps(true).simpleGetUpdate(true).dynamicChildren(true).build(), "Carts"));
        assertEquals("Cache: ETS", scenario(Answers.builder().stateBetweenOps(true).simpleGetUpdate(true)
                .manyReaders(true).build(), "Prices"));
        assertEquals("Background job: Task.Supervisor",
                scenario(Answers.builder().oneOffAsync(true).build(), "Receipts"));
        assertEquals("User sessions: DynamicSupervisor + Registry", scenario(Answers.builder().stateBetweenOps(true)
                .timeoutsMonitorsInfo(true).dynamicChildren(true).build(), "Sessions"));
        assertEquals("Connection pool: GenServer", scenario(Answers.builder().stateBetweenOps(true)
                .timeoutsMonitorsInfo(true).build(), "Printer connection pool"));
    }

    @Test
    void theProjectsNamesAreInTheAdvice() {
        assertTrue(Scenarios.of(Answers.builder().oneOffAsync(true).build(), "Receipts", null, SHOP).advice()
                .contains("under Shop.TaskSupervisor (the project's own)"));
        assertTrue(Scenarios.of(Answers.builder().oneOffAsync(true).build(), "Receipts", null, FeatureNames.none())
                .advice().contains("a Task.Supervisor added to the application's children"));
    }

    @Test
    void noScenarioForStatelessWorkOrPlainState() {
        assertNull(scenario(Answers.builder().stateless(true).build(), "rate limiter"));
        assertNull(scenario(Answers.builder().stateBetweenOps(true).timeoutsMonitorsInfo(true).build(), "Clock"));
    }
}
