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
 * Rewrites transform the module's own code (issue 11): handler bodies become functions, table accesses or Agent
 * functions with today's statements and returns; Agent functions become handlers; what cannot move is quoted with
 * why, never replaced by an invented body. The fixture {@code sketch/moved} mirrors real modules (a bounded queue
 * server, a settings map, an Agent of attributes, an Agent used as a lock, a telemetry logger).
 */
class MovedLogicSketchTest {
    private static ProjectFacts moved() {
        return SketchCases.project(SketchCases.resource("/sketch/moved"));
    }

    private static String as(String module, Pattern p, Placement place) {
        ProjectFacts project = moved();
        var a = Assessor.assess(project).of(module).orElseThrow();
        SketchInput in = SketchInput.of(a.withDecision(new Decision(true, p, place, null, "test")), project);
        return ElixirSketches.implementation(in);
    }

    @Test
    void functionsMoveAStatelessHandlerBodyAndQuoteOneThatReadsTheState() {
        String s = as("Moved.Telemetry", Pattern.FUNCTIONS, null);
        assertTrue(s.contains("  def log(event, measurements) do\n"
                + "    line = \"#{inspect(event)} took #{format(measurements)}\"\n"
                + "    Logger.info(line)\n    line\n  end"), s);
        assertTrue(s.contains("  def notify(event) do\n    Logger.debug(\"event #{inspect(event)}\")\n    :ok\n  end"), s);
        // count/0 replies with the state: quoted, not given a stand-in body
        assertTrue(s.contains("# count/0 is not moved: it reads the state (state)"), s);
        assertTrue(s.contains("#     {:reply, state, state}"), s);
        assertFalse(s.contains("def count"), s);
        // init's work moves to the application's start; public plain functions stay
        assertTrue(s.contains("#   :telemetry.attach_many(handler_id, @events, &__MODULE__.handle_event/4, [])"), s);
        assertTrue(s.contains("defp format/1"), s);
        assertFalse(s.contains("today's logic"), s);
    }

    @Test
    void etsReadsKeysMergesAndFieldUpdatesAndKeepsStartLinkAndItsDefaultState() {
        String s = as("Moved.Env", Pattern.ETS, null);
        assertTrue(s.contains("GenServer.start_link(__MODULE__, Map.merge(%{transcode?: false}, Map.new(state)),"), s);
        assertTrue(s.contains(":ets.insert(table, Enum.to_list(state))"), s);
        assertTrue(s.contains("def list do\n    Map.new(:ets.tab2list(@table))"), s);
        assertTrue(s.contains(":ets.insert(@table, Enum.to_list(Map.new(values)))"), s);
        assertTrue(s.contains("def get(key) do\n    lookup(key, nil)"), s);
        assertTrue(s.contains(":ets.insert(@table, {:transcode?, value})"), s);
        assertFalse(s.contains("{values, true}"), s);
    }

    @Test
    void etsFromAnAgentKeepsTheAttributeKeysAndTheCodeAroundTheCall() {
        String s = as("Moved.Attrs", Pattern.ETS, null);
        assertTrue(s.contains("    link =\n      lookup(:public_link, nil) ||\n"
                + "        \"#{Application.fetch_env!(:moved, :root)}/apps/moved\"\n\n"
                + "    \"#{link}/installations/new\""), s);
        assertTrue(s.contains(":ets.insert(@table, {:public_link, link})"), s);
        assertFalse(s.contains("tab2list"), s);
    }

    @Test
    void agentToGenServerMovesTheAgentFunctionIntoAHandler() {
        String s = as("Moved.Loader", Pattern.GENSERVER, Placement.STATIC_CHILD);
        assertTrue(s.contains("|> GenServer.call({:ensure_loaded, id})"), s);
        assertTrue(s.contains("defp ensure_loaded(id) do"), s);
        assertTrue(s.contains("def handle_call({:ensure_loaded, id}, _from, state) do"), s);
        assertTrue(s.contains("        recreate(id)\n        {:ok, state}"), s);
        assertTrue(s.contains("{:ok, :no_state}"), s);
        assertFalse(s.contains("today's logic"), s);
        assertFalse(s.contains("arg1"), s);
    }

    @Test
    void genServerToAgentKeepsTheQueueAndMovesTheStatements() {
        String s = as("Moved.Recent", Pattern.AGENT, Placement.STATIC_CHILD);
        assertTrue(s.contains("%{size: size, queue: :queue.new()}"), s);
        assertTrue(s.contains("name: Keyword.fetch!(opts, :name)"), s);
        assertTrue(s.contains("Agent.cast(server, fn state ->"), s);
        assertTrue(s.contains("new_queue = :queue.in(value, state.queue)"), s);
        assertTrue(s.contains("Agent.get(server, fn state -> :queue.member(value, state.queue) end)"), s);
        assertTrue(s.contains("defp ensure_size_of_queue/2"), s);
        assertFalse(s.contains("Map.put"), s);
    }

    @Test
    void etsReadsFieldsOfTheStateAndInsertsWhatInitBuilds() {
        String s = as("Moved.Recent", Pattern.ETS, null);
        assertTrue(s.contains("def exists?(value) do\n    :queue.member(value, lookup!(:queue))"), s);
        assertTrue(s.contains(":ets.insert(@table, {:queue, ensure_size_of_queue(new_queue, lookup!(:size))})"), s);
        assertTrue(s.contains("Read and write are two steps now"), s);
        assertTrue(s.contains("    size = Keyword.get(opts, :size, @default_size)\n"
                + "    :ets.insert(table, Enum.to_list(%{size: size, queue: :queue.new()}))"), s);
        assertTrue(s.contains("name: Keyword.fetch!(opts, :name)"), s);
        assertTrue(s.contains("one named table serves one of them"), s);
        assertTrue(s.contains("@default_size"), s);
    }

    @Test
    void etsQuotesAHandlerWhoseReplyIsAValueTheStatesPatternBinds() {
        String s = as("Moved.Handle", Pattern.ETS, null);
        assertTrue(s.contains("# get_ref/0 is not moved: it uses ref, which the message does not carry"), s);
        assertTrue(s.contains("a table row does not replace it"), s);
        assertTrue(s.contains("#   def handle_call(:get_ref, _from, state) do"), s);
        assertFalse(s.contains("tab2list"), s);
    }
}
