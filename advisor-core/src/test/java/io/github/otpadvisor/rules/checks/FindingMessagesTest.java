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

/** The evidence the messages of OTP004, OTP006, OTP007 and OTP009 give on the fixtures taken from real applications. */
class FindingMessagesTest {
    private static String message(String rule, String fixture) {
        Path root = Path.of("src/test/resources/rules", rule, "positive");
        List<Finding> found = new Analyzer(AnalysisOptions.defaults())
                .analyze(new ScanRequest(List.of(root), List.of(fixture), List.of())).findings().stream()
                .filter(f -> f.ruleId().equals(rule)).toList();
        assertEquals(1, found.size(), () -> "one " + rule + " finding expected in " + fixture);
        return found.get(0).message();
    }

    @Test
    void aCatchAllTargetSwallowsAChangedShapeItDoesNotCrash() {
        String m = message("OTP007", "orphan_log_handler.ex");
        assertTrue(m.contains("falls into its catch-all clause handle_info(_message, ...) at orphan_log_handler.ex:24"
                + " and is dropped without a trace"), m);
        assertFalse(m.contains("crashes it"), m);
    }

    @Test
    void aTargetWithoutCatchAllCrashes() {
        assertTrue(message("OTP007", "reservations_controller.ex").contains("crashes it far from the cause"));
    }

    @Test
    void theWholeDottedPathIsNamedAndBound() {
        String m = message("OTP009", "nested_assign_controller.ex");
        assertTrue(m.contains("reads only conn.assigns.organization_id"), m);
        assertTrue(m.contains("(organization_id = conn.assigns.organization_id)"), m);
    }

    @Test
    void aServerThatOnlyReadsItsInitMapIsWriteOnce() {
        String m = message("OTP004", "read_only_lookup_server.ex");
        assertTrue(m.contains("Its handlers only read the map built by init/1 at line 14"), m);
        assertTrue(m.contains(":persistent_term"), m);
    }

    @Test
    void aStoreWithWritesIsNotCalledWriteOnce() {
        assertFalse(message("OTP004", "country_cache.ex").contains(":persistent_term"));
        assertFalse(message("OTP004", "boot_attrs_agent.ex").contains(":persistent_term"),
                "an Agent's writes run through its own functions, whose callers inside the module are not traced");
    }

    @Test
    void anAgentRescuingItsWorkIsCalledALockNotAStateLoss() {
        String m = message("OTP006", "compile_lock_agent.ex");
        assertTrue(m.contains("branching logic (try with 2 branches)"), m);
        assertTrue(m.contains("serves as a lock"), m);
        assertFalse(m.contains("loses the whole state"), m);
    }
}
