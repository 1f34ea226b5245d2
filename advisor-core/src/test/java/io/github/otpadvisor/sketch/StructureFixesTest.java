package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Findings about how a fitting module is declared and started, shown as before/after of its own lines. */
class StructureFixesTest {
    private static String implementation(String module, Pattern pattern, TodayCode.Fix fix, String appChild,
                                         TodayCode.Init startLink) {
        TodayCode code = new TodayCode(true, pattern.label() + ", static child", List.of(), Map.of(), false,
                List.of(), false, List.of(fix), null, Set.of(), appChild, null, List.of(), Set.of(), startLink);
        return ElixirSketches.implementation(new SketchInput(module, new Decision(true, pattern,
                Placement.STATIC_CHILD, null, "test"), pattern, List.of(), "__MODULE__", null, "Shop", null, null,
                null, null, null, null, List.of(), List.of(), null, null, code));
    }

    @Test
    void aSecondUseLineIsDeleted() {
        String impl = implementation("Shop.Jobs", Pattern.DYNAMIC_SUPERVISOR, new TodayCode.Fix("OTP017",
                "lib/shop/jobs.ex:7", "use Task in Shop.Jobs comes after use DynamicSupervisor (line 6): both define"
                + " an overridable child_spec/1 and the later one wins without a warning. Keep one process behaviour"
                + " per module (move the Task part to a module of its own), or define child_spec/1 yourself.", null),
                "Shop.Jobs", null);
        assertTrue(impl.contains("# before (lines 6 and 7)\nuse DynamicSupervisor\nuse Task\n"), impl);
        assertTrue(impl.contains("# supervisors start it as the DynamicSupervisor it is\nuse DynamicSupervisor"), impl);
        assertFalse(impl.contains("# change:"), impl);
    }

    @Test
    void aPermanentServerThatStopsNormallyBecomesTransientOnItsUseLine() {
        String impl = implementation("Shop.Game", Pattern.GENSERVER, new TodayCode.Fix("OTP018",
                "lib/shop/game.ex:12", "Shop.Game ends itself with {:stop, :normal, state}, but it is :permanent"
                + " (the default of use GenServer), so its supervisor starts it again after that end. Give it"
                + " restart: :transient.", "{:stop, :normal, state}"), "Shop.Game", null);
        assertTrue(impl.contains("# before\nuse GenServer\n"), impl);
        assertTrue(impl.contains("is final\nuse GenServer, restart: :transient"), impl);
        assertFalse(impl.contains("# change:"), impl);
    }

    /** OTP019: the return as written, then the one to write; a call written last is kept before the return. */
    @Test
    void anInvalidReturnIsShownWithTheReturnToWrite() {
        String impl = implementation("Shop.Poller", Pattern.GENSERVER, new TodayCode.Fix("OTP019",
                "lib/shop/poller.ex:14", "Shop.Poller's handle_info(:hello, ...) returns Logger.info(\"hello\") (its"
                + " :ok), which handle_info/2 may not return: when this clause runs, the server exits with"
                + " {:bad_return_value, ...} and its supervisor restarts it with its init/1 state. Return {:noreply,"
                + " state} after the call instead (with the state argument bound as state in the clause head).",
                "Logger.info(\"hello\")"), "Shop.Poller", null);
        assertTrue(impl.contains("# before\nLogger.info(\"hello\")\n# after, with the state argument bound as state"
                + " in the clause head\nLogger.info(\"hello\")\n{:noreply, state}"), impl);
        String stop = implementation("Shop.Session", Pattern.GENSERVER, new TodayCode.Fix("OTP019",
                "lib/shop/session.ex:9", "Shop.Session's handle_continue(:load, ...) returns {:stop, :normal} (a tuple"
                + " of 2, and {:stop, ...} takes the reason and the state), which handle_continue/2 may not return:"
                + " when this clause runs, the server exits with {:bad_return_value, ...} and its supervisor restarts"
                + " it with its init/1 state. Return {:stop, :normal, state} instead.", null), "Shop.Session", null);
        assertTrue(stop.contains("# before\n{:stop, :normal}\n# after\n{:stop, :normal, state}"), stop);
        assertFalse(stop.contains("# change:"), stop);
    }

    @Test
    void aBottleneckDynamicSupervisorIsPartitionedInItsOwnLines() {
        String advice = "DynamicSupervisor.start_child(Shop.Streams, {Shop.Stream, id}) in Shop.Streams.start_child/1"
                + " starts one Shop.Stream per id from a websocket handler: Web.Socket.handle_in/2 ->"
                + " Shop.Streams.start_child/1 -> DynamicSupervisor.start_child. Every such start is a synchronous"
                + " call to the one Shop.Streams process. Add a PartitionSupervisor: list {PartitionSupervisor,"
                + " child_spec: Shop.Streams, name: Shop.Streams} in the children of Shop.Application"
                + " (lib/shop/application.ex:38) in place of the DynamicSupervisor (without the fixed name: in"
                + " Shop.Streams.start_link, each partition starts one), and start children with"
                + " DynamicSupervisor.start_child({:via, PartitionSupervisor, {Shop.Streams, id}}, ...).";
        String impl = implementation("Shop.Streams", Pattern.DYNAMIC_SUPERVISOR, new TodayCode.Fix("OTP010",
                "lib/shop/streams.ex:17", advice, "DynamicSupervisor.start_child(__MODULE__, {Shop.Stream, id})"),
                "Shop.Streams", new TodayCode.Init("init_arg",
                        "DynamicSupervisor.start_link(__MODULE__, init_arg, name: __MODULE__)"));
        assertTrue(impl.contains("# before: in the children of Shop.Application (lib/shop/application.ex:38)\n"
                + "Shop.Streams\n"), impl);
        assertTrue(impl.contains("{PartitionSupervisor, child_spec: Shop.Streams, name: Shop.Streams}\n"), impl);
        assertTrue(impl.contains("DynamicSupervisor.start_link(__MODULE__, init_arg)\n"), impl);
        assertTrue(impl.contains("DynamicSupervisor.start_child({:via, PartitionSupervisor, {Shop.Streams, id}},"
                + " {Shop.Stream, id})"), impl);
        assertFalse(impl.contains("..."), impl);
        String longName = implementation("Shop.Streaming.StreamSupervisor", Pattern.DYNAMIC_SUPERVISOR,
                new TodayCode.Fix("OTP010", "lib/shop/streams.ex:17", advice.replace("Shop.Streams",
                        "Shop.Streaming.StreamSupervisor"), "DynamicSupervisor.start_child(__MODULE__, {Shop.Stream, id})"),
                "Shop.Streaming.StreamSupervisor", new TodayCode.Init("args",
                        "DynamicSupervisor.start_link(__MODULE__, args, name: __MODULE__, max_restarts: 1)"));
        assertTrue(longName.contains("\nDynamicSupervisor.start_link(__MODULE__, args, max_restarts: 1)\n"), longName);
        // Broken over two lines as mix format breaks it, and set apart by a blank line as it sets it apart.
        assertTrue(longName.contains("{PartitionSupervisor,\n child_spec: Shop.Streaming.StreamSupervisor, name:"
                + " Shop.Streaming.StreamSupervisor}\n\n"), longName);
    }

    @Test
    void aModuleNothingStartsGetsItsChildrenEntry() {
        String impl = implementation("Shop.Fetcher", Pattern.GENSERVER, new TodayCode.Fix("OTP015",
                "lib/shop/fetcher.ex:8", "Shop.Fetcher is a GenServer with start_link/1, but no children list starts"
                + " it. Unless something outside the scanned files starts it, it never runs: list it in a supervisor's"
                + " children ({Shop.Fetcher, opts}) where its work belongs, or delete it.", null), null, null);
        assertTrue(impl.contains("children = [\n  {Shop.Fetcher, []}\n]"), impl);
        assertFalse(impl.contains("opts"), impl);
    }

    @Test
    void aModuleNothingStartsIsGivenWhatItsStartLinkTakes() {
        String impl = implementation("Shop.Report", Pattern.TASK, new TodayCode.Fix("OTP015",
                "lib/shop/report.ex:5", "Shop.Report is a Task with start_link/1, but nothing starts it: list it in a"
                + " supervisor's children ({Shop.Report, opts}) where its work belongs, or delete it.", null), null,
                new TodayCode.Init("day", "Task.start_link(__MODULE__, :run, [day])"));
        // the entry the Supervision Tree writes, fitted to its start_link: runnable, its argument named
        assertTrue(impl.contains("children = [\n  # [] stands for what start_link(day) is given: no start in the"
                + " scanned files shows it; pass what\n  # it needs.\n  {Shop.Report, []}\n]"), impl);
    }

    @Test
    void aModuleNothingStartsWithAStartLinkOfTwoGetsASpecThatCallsIt() {
        // domolixir's AutoNetworkConnector: {M, []} would call a start_link/1 it does not define
        String impl = implementation("Shop.Connector", Pattern.GENSERVER, new TodayCode.Fix("OTP015",
                "lib/shop/connector.ex:4", "Shop.Connector is a GenServer with start_link/2, but nothing starts it:"
                + " list it in a supervisor's children (%{id: Shop.Connector, start: {Shop.Connector, :start_link,"
                + " [arg, arg]}}) where its work belongs, or delete it.", null), null,
                new TodayCode.Init("id, credentials", "GenServer.start_link(__MODULE__, {id, credentials})"));
        assertTrue(impl.contains("start: {Shop.Connector, :start_link, [id, credentials]}"), impl);
        assertFalse(impl.contains("{Shop.Connector, []}"), impl);
    }
    @Test
    void theSupervisionTreeShowsThePartitionEntryTheImplementationWrites() {
        // asciinema's StreamSupervisor: the Implementation put a PartitionSupervisor in place of today's entry while
        // the Supervision Tree said "No change: today's entry".
        String advice = "DynamicSupervisor.start_child(Shop.Streams, {Shop.Stream, id}) in Shop.Streams.start_child/1"
                + " starts one Shop.Stream per id. Add a PartitionSupervisor: list {PartitionSupervisor,"
                + " child_spec: Shop.Streams, name: Shop.Streams} in the children of Shop.Application"
                + " (lib/shop/application.ex:38) in place of the DynamicSupervisor, and start children with"
                + " DynamicSupervisor.start_child({:via, PartitionSupervisor, {Shop.Streams, id}}, ...).";
        TodayCode code = new TodayCode(true, "DynamicSupervisor, static child", List.of(), Map.of(), false,
                List.of(), false, List.of(new TodayCode.Fix("OTP010", "lib/shop/streams.ex:17", advice,
                "DynamicSupervisor.start_child(__MODULE__, {Shop.Stream, id})")), null, Set.of(), "Shop.Streams",
                null, List.of(), Set.of(), new TodayCode.Init("init_arg",
                "DynamicSupervisor.start_link(__MODULE__, init_arg, name: __MODULE__)"));
        String children = ElixirSketches.childrenEntry(new SketchInput("Shop.Streams", new Decision(true,
                Pattern.DYNAMIC_SUPERVISOR, Placement.STATIC_CHILD, null, "test"), Pattern.DYNAMIC_SUPERVISOR,
                List.of(), "__MODULE__", null, "Shop", null, null, null, null, null, null, List.of(), List.of(), null,
                null, code));
        assertFalse(children.contains("No change"), children);
        assertTrue(children.contains("In place of today's entry Shop.Streams"), children);
        assertTrue(children.contains("{PartitionSupervisor, child_spec: Shop.Streams, name: Shop.Streams}"), children);
    }

    @Test
    void aCleanupInTerminateThatNeverRunsOnShutdownIsTheChangeOfAModuleWithoutFindings() {
        // sequin's MutexOwner: terminate/3 releases the mutex, but without trap_exit a shutdown skips it.
        List<TodayCode.Clause> callbacks = List.of(new TodayCode.Clause("terminate", 3, null,
                "def terminate(_reason, :has_mutex, data) do", "Mutex.release(data.mutex_key, data.mutex_token)",
                "lib/shop/mutex_owner.ex:110"));
        TodayCode code = new TodayCode(true, "gen_statem, static child", List.of(), Map.of(), false, List.of(), true,
                List.of(), null, Set.of(), "Shop.MutexOwner", new TodayCode.Init("opts", "{:ok, :await, opts}"),
                List.of(), Set.of(), null, TodayStart.NONE, callbacks);
        String impl = ElixirSketches.implementation(new SketchInput("Shop.MutexOwner", new Decision(true,
                Pattern.GEN_STATEM, Placement.STATIC_CHILD, null, "test"), Pattern.GEN_STATEM, List.of(), "__MODULE__",
                null, "Shop", null, null, null, null, null, null, List.of(), List.of(), null, null, code));
        assertFalse(impl.contains("nothing to change"), impl);
        assertTrue(impl.contains("(lib/shop/mutex_owner.ex:110) does not run"), impl);
        assertTrue(impl.contains("# before\ndef init(opts) do\n  {:ok, :await, opts}\nend\n"), impl);
        assertTrue(impl.contains("def init(opts) do\n  Process.flag(:trap_exit, true)\n  {:ok, :await, opts}\nend"), impl);
        TodayCode trapping = new TodayCode(true, "gen_statem, static child", List.of(), Map.of(), false,
                List.of(new TodayCode.InitCall("Process.flag(:trap_exit, true)", "EXIT", 45)), true, List.of(), null,
                Set.of(), "Shop.MutexOwner", new TodayCode.Init("opts", "{:ok, :await, opts}"), List.of(), Set.of(),
                null, TodayStart.NONE, callbacks);
        String ok = ElixirSketches.implementation(new SketchInput("Shop.MutexOwner", new Decision(true,
                Pattern.GEN_STATEM, Placement.STATIC_CHILD, null, "test"), Pattern.GEN_STATEM, List.of(), "__MODULE__",
                null, "Shop", null, null, null, null, null, null, List.of(), List.of(), null, null, trapping));
        assertTrue(ok.contains("It has no findings: nothing to change."), ok);
    }
    @Test
    void trappingExitsComesWithClausesThatStillStopOnALinkedCrash() {
        // fishjam's Room: linked to the engine it start_links, with a catch-all handle_info that only logs; trapping
        // alone would leave it running after an engine crash.
        List<TodayCode.Clause> callbacks = List.of(
                new TodayCode.Clause("handle_info", 2, null, "def handle_info(info, state) do",
                        "Logger.warning(inspect(info))\n{:noreply, state}", "lib/shop/room.ex:567"),
                new TodayCode.Clause("terminate", 2, null, "def terminate(_reason, state) do",
                        "Engine.terminate(state.engine_pid)", "lib/shop/room.ex:573"));
        TodayCode code = new TodayCode(true, "GenServer, static child", List.of(), Map.of(), false, List.of(), false,
                List.of(), null, Set.of(), "Shop.Room", new TodayCode.Init("[id, config]",
                "state = State.new(id, config)\n{:ok, state}"), List.of(), Set.of(), null, TodayStart.NONE, callbacks);
        String impl = ElixirSketches.implementation(new SketchInput("Shop.Room", new Decision(true,
                Pattern.GENSERVER, Placement.STATIC_CHILD, null, "test"), Pattern.GENSERVER, List.of(), "__MODULE__",
                null, "Shop", null, null, null, null, null, null, List.of(), List.of(), null, null, code));
        assertTrue(impl.contains("def init([id, config]) do\n  Process.flag(:trap_exit, true)\n"), impl);
        assertTrue(impl.contains("put them above handle_info(info, state) (lib/shop/room.ex:567), which"), impl);
        assertTrue(impl.strip().endsWith("def handle_info({:EXIT, _pid, :normal}, state), do: {:noreply, state}\n"
                + "def handle_info({:EXIT, _pid, reason}, state), do: {:stop, reason, state}"), impl);
        List<TodayCode.Clause> handled = List.of(callbacks.get(1), new TodayCode.Clause("handle_info", 2, null,
                "def handle_info({:EXIT, _pid, reason}, state) do", "{:stop, reason, state}", "lib/shop/room.ex:560"));
        TodayCode withClause = new TodayCode(true, "GenServer, static child", List.of(), Map.of(), false, List.of(),
                false, List.of(), null, Set.of(), "Shop.Room", new TodayCode.Init("[id, config]",
                "state = State.new(id, config)\n{:ok, state}"), List.of(), Set.of(), null, TodayStart.NONE, handled);
        String again = ElixirSketches.implementation(new SketchInput("Shop.Room", new Decision(true,
                Pattern.GENSERVER, Placement.STATIC_CHILD, null, "test"), Pattern.GENSERVER, List.of(), "__MODULE__",
                null, "Shop", null, null, null, null, null, null, List.of(), List.of(), null, null, withClause));
        assertTrue(again.contains("Process.flag(:trap_exit, true)"), again);
        assertFalse(again.contains("{:EXIT, _pid, :normal}"), again);
    }

    @Test
    void aStateMachinesTerminate3IsKnownFromWhereItIsDefined() {
        TodayCode code = new TodayCode(true, "gen_statem, static child", List.of(), Map.of(), false, List.of(), true,
                List.of(), null, Set.of(), "Shop.MutexOwner", new TodayCode.Init("opts", "{:ok, :await, opts}"),
                List.of(), Set.of(), null, TodayStart.NONE, List.of(), Set.of("terminate/3"), List.of(), Map.of(),
                Map.of("terminate/3", "lib/shop/mutex_owner.ex:110"));
        String impl = ElixirSketches.implementation(new SketchInput("Shop.MutexOwner", new Decision(true,
                Pattern.GEN_STATEM, Placement.STATIC_CHILD, null, "test"), Pattern.GEN_STATEM, List.of(), "__MODULE__",
                null, "Shop", null, null, null, null, null, null, List.of(), List.of(), null, null, code));
        assertTrue(impl.contains("(lib/shop/mutex_owner.ex:110) does not run"), impl);
    }
}
