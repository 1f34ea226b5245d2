package io.github.otpadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code decide} with the seed's first steps: the project's patterns and names, and answers checked. */
class DecideCommandTest {
    /** The report fixture: an umbrella-free Mix project with a Registry, supervisors and a Task.Supervisor. */
    private static final String PROJECT = "src/test/resources/reports/project";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aProjectsPatternsAreCountedAndItsNamesReused() {
        assertEquals(0, run("decide", "--feature", "Send receipts", "--yes", "one-off-async", "--project", PROJECT));
        String md = out();
        assertTrue(md.contains("Existing patterns in `" + PROJECT + "` (names from the application inventory):"), md);
        assertTrue(md.contains("- GenServer: 8\n"), md);
        assertTrue(md.contains("- DynamicSupervisor: 1\n"), md);
        assertTrue(md.contains("reused in the sketches: Registry Inventory.DeviceRegistry, DynamicSupervisor "
                + "Inventory.DeviceSupervisor, Task.Supervisor Inventory.TaskSupervisor"), md);
        assertTrue(md.contains("defmodule Inventory.SendReceipts do"), md);
        assertTrue(md.contains("@supervisor Inventory.TaskSupervisor"), md);
        assertFalse(md.contains("MyApp"), md);
        assertTrue(md.contains("**Scenario**: Background job"), md);
        assertEquals("", err(), "complete answers: no warning");
    }

    @Test
    void perEntityStateGetsConsiderEtsFirstWithTheProjectsRegistry() {
        assertEquals(0, run("decide", "--feature", "Cart", "--yes", "state", "--yes", "simple-get-update",
                "--yes", "dynamic-children", "--project", PROJECT));
        assertTrue(out().contains("**Scenario**: Per-entity simple state, the seed's Common Scenario: consider ETS "
                + "first (red flag 3)"), out());
        assertTrue(out().contains("@registry Inventory.DeviceRegistry"), out());
    }

    @Test
    void whatACrashCostsForTheRecommendedPattern() {
        assertEquals(0, run("decide", "--feature", "Sessions", "--yes", "state", "--yes", "timeouts-monitors-info",
                "--yes", "dynamic-children", "--project", PROJECT));
        String md = out();
        assertTrue(md.contains("What a crash costs:\n"), md);
        assertTrue(md.contains("- **Restart**: :permanent, the default of use GenServer"), md);
        assertTrue(md.contains("- **Ordering**: Registered processes are linked to Inventory.DeviceRegistry"), md);
        assertEquals(0, run("decide", "--feature", "Receipts", "--yes", "one-off-async"));
        assertTrue(out().contains("- **Restart**: :temporary, the default of Task.Supervisor.start\\_child"), out());
    }

    @Test
    void contradictoryAnswersWarnAndNameTheQuestion() {
        assertEquals(0, run("decide", "--feature", "Sessions", "--yes", "stateless", "--yes", "state"));
        assertTrue(err().contains("otp-advisor decide: warning: 'stateless' contradicts 'state': Q1 \"Is this "
                + "stateless computation?\" decides Functions"), err());
        assertTrue(out().contains("**Check the answers**"), out());
        assertTrue(out().contains("- 'stateless' contradicts 'state'"), out());
    }

    @Test
    void noAnswersAreNeverASilentFunctions() {
        assertEquals(0, run("decide", "--feature", "Sessions"));
        assertTrue(out().contains("**Decision: Functions**"), out());
        assertTrue(err().contains("No question was answered"), err());
        assertTrue(out().contains("answer Q1 \"Is this stateless computation?\" first"), out());
        assertEquals(0, run("decide", "--feature", "Sessions", "--yes", "timeouts-monitors-info"));
        assertTrue(err().contains("'timeouts-monitors-info' describes state a process keeps, but Q2 \"Do you need "
                + "state between operations?\" is not answered yes"), err());
        assertTrue(err().contains("Q2 \"Do you need state between operations?\" is not answered, so it was taken as "
                + "no"), err());
    }

    @Test
    void anExplicitNoSilencesTheQuestion() {
        assertEquals(0, run("decide", "--feature", "Clock", "--yes", "state", "--yes", "timeouts-monitors-info"));
        assertTrue(err().contains("Q5 \"Are children started dynamically?\" is not answered"), err());
        assertEquals(0, run("decide", "--feature", "Clock", "--yes", "state", "--yes", "timeouts-monitors-info",
                "--no", "dynamic-children"));
        assertEquals("", err());
        assertFalse(out().contains("Check the answers"), out());
    }

    @Test
    void aProjectThatIsNoFolderIsAUsageError() {
        assertEquals(2, run("decide", "--feature", "x", "--yes", "stateless", "--project", "no/such/folder"));
        assertTrue(err().startsWith("otp-advisor decide: --project: 'no/such/folder' is not a folder"), err());
        assertEquals(2, run("decide", "--feature", "x", "--no", "maybe"));
        assertTrue(err().startsWith("otp-advisor decide: --no: unknown answer 'maybe'"), err());
    }
}
