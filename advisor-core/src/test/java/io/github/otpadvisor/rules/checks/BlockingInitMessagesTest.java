package io.github.otpadvisor.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.scan.ScanRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OTP013 says who waits by where the module sits, and gives the fix of its behaviour. */
class BlockingInitMessagesTest {
    private static String message(String fixture) {
        Path root = Path.of("src/test/resources/rules/OTP013/positive");
        List<Finding> found = new Analyzer(AnalysisOptions.defaults())
                .analyze(new ScanRequest(List.of(root), List.of(fixture), List.of())).findings().stream()
                .filter(f -> f.ruleId().equals("OTP013")).toList();
        assertEquals(1, found.size(), () -> "one OTP013 finding expected in " + fixture);
        return found.get(0).message();
    }

    @Test
    void aStaticChildHoldsTheBootAndAnExistingContinueIsTheFix() {
        String m = message("advisory_lock.ex");
        assertTrue(m.contains("Postgrex.query(conn"), m);
        assertTrue(m.contains("(a database query, line 27)"), m);
        assertTrue(m.contains("static child under MyApp.Application"), m);
        assertTrue(m.contains("move this work into that handle_continue/2"), m);
    }

    @Test
    void aProcessStartedOnDemandHoldsItsCallerNotItsSiblings() {
        String m = message("on_demand_room.ex");
        assertTrue(m.contains("started on demand"), m);
        assertTrue(m.contains("MyApp.RoomSupervisor, which starts one child at a time"), m);
        assertFalse(m.contains("listed after it"), m);
        assertFalse(m.contains("boot"), m);
    }

    @Test
    void aGenStatemIsToldAboutInternalEventsNotHandleContinue() {
        String m = message("order_machine.ex");
        assertTrue(m.contains("{:next_event, :internal, :load}"), m);
        assertFalse(m.contains("handle_continue"), m);
    }

    @Test
    void withoutKnownPlacementNoSiblingsAreClaimed() {
        Path root = Path.of("src/test/resources/rules/OTP013/positive");
        List<Finding> found = new Analyzer(AnalysisOptions.defaults())
                .analyze(new ScanRequest(List.of(root), List.of("loads_in_init.ex"), List.of())).findings();
        assertEquals(2, found.size());
        found.forEach(f -> {
            assertTrue(f.message().contains("Whoever starts it waits until init/1 returns."), f.message());
            assertFalse(f.message().contains("sibling"), f.message());
        });
    }

    @Test
    void aContextFunctionThatQueriesIsNamedWithItsQuery() {
        String m = message("context_query.ex");
        assertTrue(m.contains("MyApp.Accounts.list_active/0 (line 22), which runs MyApp.Repo.all(active())"
                + " (a database query, context_query.ex:5)"), m);
        assertFalse(m.contains("warm_later"), m);
    }

    @Test
    void aStaticChildOfASupervisorStartedOnDemandHoldsThatStartNotTheBoot() {
        String m = message("tenant_manager.ex");
        assertTrue(m.contains("static child under MyApp.TenantSupervisor"), m);
        assertTrue(m.contains("the children listed after it, and the start of MyApp.TenantSupervisor (started on"
                + " demand under MyApp.TenantsSupervisor), wait"), m);
        assertFalse(m.contains("boot"), m);
    }

    @Test
    void aTableInitCreatesStaysInInitSinceItsReadersDoNotWaitInTheMailbox() {
        String m = message("counter_table.ex");
        assertTrue(m.contains("do the slow call in handle_continue(:load, state), but keep creating the ETS table"
                + " that create/2 makes (line 21) in init/1"), m);
        assertTrue(m.contains("code that reads it directly does not wait in the mailbox"), m);
        assertFalse(m.contains("callers that arrive meanwhile wait in the mailbox"), m);
    }

    @Test
    void aTableWithoutANameIsReachedOnlyThroughItsOwnerSoTheUsualFixIsGiven() {
        String m = message("private_table.ex");
        assertFalse(m.contains("keep creating"), m);
        assertTrue(m.contains("callers that arrive meanwhile wait in the mailbox instead"), m);
    }
}
