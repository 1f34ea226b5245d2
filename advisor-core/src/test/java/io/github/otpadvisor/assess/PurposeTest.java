package io.github.otpadvisor.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.extract.FileFactsExtractor;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.Property;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The refinements that come before the questions (RULEBOOK §3): purpose idioms change the recommendation. */
class PurposeTest {
    private static Assessments all;

    @BeforeAll
    static void assess() throws Exception {
        Path root = Path.of(PurposeTest.class.getResource("/assess/purpose/mix.exs").toURI()).getParent();
        FileFactsExtractor x = new FileFactsExtractor(root);
        List<FileFacts> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".ex")).sorted().map(x::extract).toList();
        }
        all = Assessor.assess(ProjectFacts.link(files));
    }

    private static Assessment of(String module) {
        return all.of(module).orElseThrow();
    }

    private static void keeps(String module, Property purpose) {
        Assessment a = of(module);
        assertTrue(a.module().is(purpose), module + " " + a.module().properties());
        assertEquals(Pattern.GENSERVER, a.recommendation(), module + " " + a.decision());
        assertEquals(Verdict.FITS, a.verdict(), module);
        assertTrue(a.stateless().isEmpty(), module + ": no OTP001");
        // the report says the purpose decided, not Q4 (whose "yes" it gave): the readers took that for a contradiction
        assertEquals(java.util.Optional.of(purpose), a.purpose(), module);
        assertFalse(a.decision().rationale().contains("timeouts, monitors"), a.decision().rationale());
    }

    @Test
    void aStartUpStepKeepsItsForm() {
        keeps("P.Migrator", Property.STARTUP_STEP);
        assertTrue(of("P.Migrator").decision().rationale().startsWith("A start-up step (init/1 does its work and returns"));
    }

    @Test
    void aServerThatWorksInInitThenHandlesNothingIsAStartUpStep() {
        keeps("P.BootTasks", Property.STARTUP_STEP);
    }

    @Test
    void aChildThatOnlyReturnsIgnoreIsNoStartUpStep() {
        assertFalse(of("P.Placeholder").module().is(Property.STARTUP_STEP));
        assertEquals(Pattern.FUNCTIONS, of("P.Placeholder").recommendation());
    }

    @Test
    void aPurposeThatChangesNothingLeavesTheRationaleAlone() {
        Assessment d = of("P.DevReloader");
        assertTrue(d.decision().rationale().startsWith("State with timeouts, monitors or messages to handle"),
                d.decision().rationale());
    }

    @Test
    void serializedIoIsAGenServerNotAnAgent() {
        keeps("P.Console", Property.SERIALIZED_IO);
        keeps("P.Conn", Property.SERIALIZED_IO);
        assertTrue(of("P.Conn").decision().rationale().contains("state.conn"), of("P.Conn").decision().rationale());
        // a developer's trace (an inspected value, a fixed text) is no output the process exists to serialize
        assertFalse(of("P.Tracer").module().is(Property.SERIALIZED_IO),
                of("P.Tracer").module().properties().get(Property.SERIALIZED_IO).toString());
    }

    @Test
    void aLockItsDocumentationNamesIsAGenServerNotPlainFunctions() {
        keeps("P.OrderLock", Property.SERIALIZED_IO);
        assertTrue(of("P.OrderLock").decision().rationale().contains("its @moduledoc says it serializes on purpose:"
                + " \"The OrderLock acts as a locking mechanism to ensure an order can only be updated sequentially,"),
                of("P.OrderLock").decision().rationale());
        // the words alone are not enough: its handler does no work another caller could race with
        assertFalse(of("P.SaidLock").module().is(Property.SERIALIZED_IO));
        assertEquals(Pattern.FUNCTIONS, of("P.SaidLock").recommendation());
    }

    @Test
    void remoteNodeWorkIsNotPureComputation() {
        keeps("P.Remote", Property.REMOTE_NODE_WORK);
    }

    @Test
    void aTransactionOrACheckThenWriteRunOneCallerAtATimeIsSerializedOnPurpose() {
        // aircloak's AdminGuard (a transaction in a private helper) and its data-source registration (another
        // module's get_by, then its insert): removing the process would let callers race
        keeps("P.Guard", Property.SERIALIZED_IO);
        assertTrue(of("P.Guard").decision().rationale().contains("runs a database transaction, one caller at a time:"
                + " P.Repo.transaction("), of("P.Guard").decision().rationale());
        keeps("P.Registrar", Property.SERIALIZED_IO);
        assertTrue(of("P.Registrar").decision().rationale().contains("handle_call/3 calls P.Sources.create_or_update/1,"
                + " which calls create/1, which writes what a call before it read: P.Repo.insert!(source)"),
                of("P.Registrar").decision().rationale());
        // Ash's actions run on its data layer as a Repo's calls do (sensocto's SessionServer: Ash.get, then
        // Ash.update; they were "library code the analysis does not know")
        keeps("P.Sessions", Property.SERIALIZED_IO);
        assertTrue(of("P.Sessions").decision().rationale().contains("reads, then writes the database, one caller at a"
                + " time: Ash.update(session, %{}, action: :finish)"), of("P.Sessions").decision().rationale());
        // a read clause and a write clause are two calls: nothing is checked, nothing needs the order (nor does the
        // seed's InvoiceService, a lone insert: OTP001's fixture)
        assertFalse(of("P.Crud").module().is(Property.SERIALIZED_IO));
        assertEquals(Pattern.FUNCTIONS, of("P.Crud").recommendation(), of("P.Crud").decision().rationale());
    }

    @Test
    void aServerWhoseStartStartsAnotherThingAndThatHandlesNothingIsAStartUpStep() {
        // rig's Kafka consumers: their entry in the children list is what starts the consumer
        keeps("P.Consumer", Property.STARTUP_STEP);
        assertTrue(of("P.Consumer").decision().rationale().contains("its start calls P.Kafka.start/2 before its own"
                + " process starts"), of("P.Consumer").decision().rationale());
    }

    @Test
    void anAddressItsOwnHelperBuildsForAnotherNodeIsRemoteNodeWork() {
        // options |> to_dest() |> GenServer.call(:accounts), to_dest/1 returning {__MODULE__, node} from a piped case
        keeps("P.Commander", Property.REMOTE_NODE_WORK);
        assertTrue(of("P.Commander").decision().rationale().contains("to_dest/1 returns ({__MODULE__, node})"),
                of("P.Commander").decision().rationale());
    }

    @Test
    void stateInAnOwnedEtsTableIsSharedState() {
        Assessment t = of("P.Table");
        assertEquals(Pattern.GENSERVER, t.recommendation());
        assertTrue(t.stateless().isEmpty());
        assertTrue(t.module().is(Property.ISOLATION_NEED));
    }

    @Test
    void aServerThatOnlyOwnsATableIsATableOwnerNotAStartUpStep() {
        // coffee_time's Measurement.Store was "a start-up step ... it runs once": its process holds the table
        Assessment t = of("P.TableOwner");
        assertFalse(t.module().is(Property.STARTUP_STEP), t.module().properties().toString());
        assertEquals(Pattern.GENSERVER, t.recommendation());
        assertEquals(Verdict.FITS, t.verdict());
        assertTrue(t.decision().rationale().startsWith("It owns ETS table @table created in init/1, line 13: a table"
                + " lives as long as the process that owns it"), t.decision().rationale());
    }

    @Test
    void aTaskLoopingOnItsSocketStaysATask() {
        // ElixirTorrent's Peer.Receiver was "lighter than needed" and rewritten as a named GenServer whose call
        // wrapped the endless recv loop: its socket is an isolation need its own Task process already meets
        Assessment t = of("P.Receiver");
        assertEquals(Pattern.TASK, t.recommendation(), t.decision().rationale());
        assertEquals(Verdict.FITS, t.verdict());
        assertTrue(t.decision().rationale().startsWith("It keeps no state, but it uses a socket"),
                t.decision().rationale());
    }

    @Test
    void aWriteOnceValueIsEtsAndPersistentTermIsSaid() {
        Assessment s = of("P.Settings");
        assertTrue(s.module().is(Property.WRITE_ONCE));
        assertEquals(Pattern.ETS, s.recommendation());
        assertEquals(Verdict.HEAVIER_THAN_NEEDED, s.verdict());
        assertTrue(s.decision().rationale().contains(":persistent_term fits write-once data"), s.decision().rationale());
    }

    @Test
    void aHandlerRunningTheHandleItsInitGotIsNoWriteOnceValue() {
        // publish_fun.(...) must run in the process that registered with the broker: readers cannot run it
        Assessment s = of("P.Publisher");
        assertFalse(s.module().is(Property.WRITE_ONCE), s.module().properties().get(Property.WRITE_ONCE).toString());
        assertEquals(Pattern.GENSERVER, s.recommendation(), s.decision().rationale());
        assertEquals(Verdict.FITS, s.verdict(), s.decision().rationale());
    }

    @Test
    void aCastOnlyServerIsABackgroundQueueNotASharedResource() {
        Assessment a = of("P.Mailer");
        assertEquals(Pattern.GENSERVER, a.recommendation(), a.decision().rationale());
        assertTrue(a.decision().rationale().startsWith("It is a background queue (handle_cast({:deliver, mail}, ...)"),
                a.decision().rationale());
        assertFalse(a.decision().rationale().contains("shared resource"), a.decision().rationale());
        // the label leads the sentence once; the report words the purpose as that label too
        assertEquals(1, a.decision().rationale().split(Property.BACKGROUND_QUEUE, -1).length - 1,
                a.decision().rationale());
        assertEquals(java.util.Optional.of(Property.BACKGROUND_QUEUE), a.purposeLabel());
    }

    @Test
    void q4OnIsolationAloneSaysSoForAStatefulServer() {
        Assessment a = of("P.Ledger");
        assertEquals(Pattern.GENSERVER, a.recommendation(), a.decision().rationale());
        assertTrue(a.decision().rationale().startsWith("It keeps state beyond a simple get/update, and "
                + "handle_call({:append, line}, ...) does external I/O: File.write!("), a.decision().rationale());
        assertFalse(a.decision().rationale().contains("State with timeouts"), a.decision().rationale());
    }

    @Test
    void shortLivedCodeIsNotPushedIntoTheTree() {
        for (String m : List.of("P.DevReloader", "P.Seeder")) {
            Assessment a = of(m);
            assertTrue(a.module().is(Property.SHORT_LIVED), m);
            assertNull(a.decision().placement(), m + " " + a.decision());
            assertTrue(a.decision().rationale().contains("needs no place in the application's supervision tree"));
        }
        assertEquals(Pattern.GENSERVER, of("P.DevReloader").recommendation(), "its timer still makes it a GenServer");
    }

    @Test
    void withoutAnIdiomTheQuestionsDecideAsBefore() {
        Assessment c = of("P.Calc");
        for (Property p : List.of(Property.STARTUP_STEP, Property.SERIALIZED_IO, Property.WRITE_ONCE,
                Property.REMOTE_NODE_WORK, Property.SHORT_LIVED)) {
            assertFalse(c.module().is(p), p + " " + c.module().properties().get(p));
        }
        assertEquals(Pattern.FUNCTIONS, c.recommendation());
        assertTrue(c.stateless().isPresent(), "IO.inspect is logging, not serialized I/O: OTP001 still fires");
    }
    @Test
    void aServerThatLogsWhatItSubscribedToInInitHandlesInfo() {
        Assessment a = of("P.Listener");
        assertTrue(a.module().is(Property.HANDLES_INFO), a.module().properties().toString());
        assertFalse(a.module().is(Property.STATELESS), a.module().properties().toString());
        assertEquals(Pattern.GENSERVER, a.recommendation(), a.decision().toString());
        assertTrue(a.module().properties().evidence(Property.HANDLES_INFO).get(0).text()
                .contains("receives what init/1 subscribes to (P.Channel.Subscriber.subscribe(\"external.channel\"))"),
                a.module().properties().evidence(Property.HANDLES_INFO).toString());
    }
    @Test
    void aCatchAllThatLogsTheVmMonitorEventsInitAskedForHandlesInfo() {
        // hydra-srt's ErlSysMon was "no info handling" and turned into plain functions: the monitoring would stop
        Assessment a = of("P.SysMon");
        assertTrue(a.module().is(Property.HANDLES_INFO), a.module().properties().toString());
        assertEquals(Pattern.GENSERVER, a.recommendation(), a.decision().toString());
        assertTrue(a.module().properties().evidence(Property.HANDLES_INFO).get(0).text()
                .contains("receives what init/1 subscribes to (:erlang.system_monitor(self(),"),
                a.module().properties().evidence(Property.HANDLES_INFO).toString());
    }
    @Test
    void aStateMachineThatOpensAGunConnectionInItsStateFunctionsNeedsIsolation() {
        Assessment a = of("P.Gateway");
        assertTrue(a.module().is(Property.ISOLATION_NEED), a.module().properties().toString());
        assertTrue(a.module().properties().evidence(Property.ISOLATION_NEED).stream().anyMatch(e -> e.text()
                .startsWith("disconnected/3 does external I/O: :gun.open(")),
                a.module().properties().evidence(Property.ISOLATION_NEED).toString());
    }
    @Test
    void aFunctionReferenceIsNoCallAndAContinueIsNoTimeout() {
        Assessment a = of("P.PoolHealth");
        assertFalse(a.module().properties().evidence(Property.ISOLATION_NEED).stream()
                .anyMatch(e -> e.text().contains("Finch")), a.module().properties().toString());
        assertTrue(a.module().properties().evidence(Property.TIMEOUTS).stream()
                .noneMatch(e -> e.text().contains("continue")), a.module().properties().toString());
        assertTrue(a.module().is(Property.TIMEOUTS), "its send_after timer still counts");
    }
    @Test
    void anAgentWhoseEntriesExpireThroughAOneShotApplyAfterIsAnAgent() {
        Assessment a = of("P.Dedup");
        assertFalse(a.module().is(Property.TIMEOUTS), a.module().properties().toString());
        assertEquals(Pattern.AGENT, a.recommendation(), a.decision().toString());
        assertEquals(Verdict.FITS, a.verdict());
        assertTrue(a.work().isEmpty(), a.work().toString());
    }
    @Test
    void aServerThatWorksInInitThenContinuesToStopIsAStartUpStep() {
        keeps("P.BootMigration", Property.STARTUP_STEP);
    }
}
