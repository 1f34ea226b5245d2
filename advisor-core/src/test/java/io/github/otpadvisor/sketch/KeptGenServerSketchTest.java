package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.assess.Assessor;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.project.ProjectFacts;
import org.junit.jupiter.api.Test;

/**
 * A GenServer whose placement changes but stays a GenServer (issue 11): its init/1 and callbacks are kept as
 * written (guards, destructured state heads, one-line clauses and catch-alls included), only its start and
 * addressing follow the placement; no invented body ({@code Map.put} of an operation's key, an interval).
 * The fixture {@code sketch/kept} mirrors teiserver's ClientServer: registered by Registry.register in init/1,
 * started under a DynamicSupervisor.
 */
class KeptGenServerSketchTest {
    private static String as(Placement place) {
        ProjectFacts project = SketchCases.project(SketchCases.resource("/sketch/kept"));
        var a = Assessor.assess(project).of("Kept.ClientServer").orElseThrow();
        SketchInput in = SketchInput.of(a.withDecision(new Decision(true, Pattern.GENSERVER, place, null, "test")),
                project);
        return ElixirSketches.implementation(in);
    }

    @Test
    void partitionedKeepsEveryCallbackAsWrittenAndTodaysStart() {
        String s = as(Placement.PARTITION_SUPERVISOR);
        assertTrue(s.contains("  def init(%{client: %{userid: userid}} = state) do\n"
                + "    :timer.send_interval(6_000, :heartbeat)\n"
                + "    Registry.register(Kept.ClientRegistry, userid, nil)\n"
                + "    {:ok, Map.put(state, :userid, userid)}\n  end"), s);
        assertTrue(s.contains("  def handle_cast({:merge_client, partial}, state) do\n"
                + "    new_client = Map.merge(state.client, partial)\n"
                + "    {:noreply, %{state | client: new_client}}\n  end"), s);
        // the guard and the one-line clause are kept
        assertTrue(s.contains("  def handle_cast({:set_flag, flag}, state) when is_boolean(flag) do\n"
                + "    {:noreply, put_in(state.client.flag, flag)}\n  end"), s);
        assertTrue(s.contains("  def handle_info(:heartbeat, %{client: client} = state) do\n"
                + "    if client.pid != nil and not Process.alive?(client.pid) do\n"), s);
        assertTrue(s.contains("    {:noreply, touch(state)}\n  end"), s);
        // the one line the placement breaks is named, not rewritten
        assertTrue(s.contains("# The placement changes this: handle_info(:heartbeat) calls\n"
                + "  # DynamicSupervisor.terminate_child(Kept.ClientSupervisor, ..)."), s);
        assertTrue(s.contains("  def handle_info(_other, state) do\n    {:noreply, state}\n  end"), s);
        assertTrue(s.contains("  def start_link(opts) do\n    GenServer.start_link(__MODULE__, opts[:data], [])\n"), s);
        assertTrue(s.contains("touch/1"), s);
        // no template bodies, no made-up timer, no stand-in state
        assertFalse(s.contains("Map.put(state, partial"), s);
        assertFalse(s.contains("@interval"), s);
        assertFalse(s.contains("schedule("), s);
        assertFalse(s.contains("today's logic"), s);
        assertFalse(s.contains("{:ok, %{}}"), s);
    }

    @Test
    void eachCallbackClauseIsWrittenOnce() {
        String s = as(Placement.PARTITION_SUPERVISOR);
        assertTrue(s.split("def handle_info\\(", -1).length == 3, s);
        assertTrue(s.split("def handle_cast\\(", -1).length == 3, s);
        assertTrue(s.split("def handle_call\\(", -1).length == 3, s);
        assertTrue(s.split("def init\\(", -1).length == 2, s);
    }

    @Test
    void clientsAreTodaysFunctionsAddressingItThroughTheRegistryItRegistersIn() {
        String s = as(Placement.PARTITION_SUPERVISOR);
        // today's client functions, as written: they already find it by id through today's via/1
        assertTrue(s.contains("  def get_client(userid) do\n    GenServer.call(via(userid), :get_client)\n  end"), s);
        assertTrue(s.contains("  def merge_client(userid, partial) do\n"
                + "    GenServer.cast(via(userid), {:merge_client, partial})\n  end"), s);
        assertTrue(s.contains("via/1)."), s);
        // no function invented for messages callers send themselves (teiserver's change_party(id, arg1))
        assertFalse(s.contains("def change_party"), s);
        assertFalse(s.contains("def set_flag"), s);
        assertTrue(s.contains("# No function of the module sends :change_party, :set_flag today: callers send"), s);
        // nothing uses a via name of the sketch's own: neither it nor its attribute is written
        assertFalse(s.contains("via_tuple"), s);
        assertFalse(s.contains("@registry"), s);
        assertFalse(s.contains("get_or_start"), s);
        // started with today's argument under the partition the caller picks
        assertTrue(s.contains("  def start_child(opts) do\n"
                + "    supervisor = {:via, PartitionSupervisor, {@supervisors, self()}}\n"
                + "    DynamicSupervisor.start_child(supervisor, {__MODULE__, opts})\n  end"), s);
    }

    @Test
    void theTestSketchCallsNoFunctionTheImplementationDoesNotHave() {
        ProjectFacts project = SketchCases.project(SketchCases.resource("/sketch/kept"));
        var a = Assessor.assess(project).of("Kept.ClientServer").orElseThrow();
        SketchInput in = SketchInput.of(a.withDecision(new Decision(true, Pattern.GENSERVER,
                Placement.PARTITION_SUPERVISOR, null, "test")), project);
        String test = ElixirSketches.testSketch(in);
        assertFalse(test.contains("change_party"), test);
        assertFalse(test.contains("set_flag"), test);
    }

    @Test
    void aSingletonRegisteredInARegistrySaysHowCallersReachIt() {
        String s = as(Placement.STATIC_CHILD);
        assertFalse(s.contains("def change_party"), s);
        assertTrue(s.contains("  def get_client(userid) do\n    GenServer.call(via(userid), :get_client)\n  end"), s);
    }

    @Test
    void aSingletonPlacementKeepsTheCallbacksToo() {
        String s = as(Placement.STATIC_CHILD);
        assertFalse(s.contains("The placement changes this"), s);
        assertTrue(s.contains("    new_client = Map.merge(state.client, partial)\n"), s);
        assertTrue(s.contains("  def handle_info(:heartbeat, %{client: client} = state) do\n"), s);
        assertFalse(s.contains("@interval"), s);
    }
}
