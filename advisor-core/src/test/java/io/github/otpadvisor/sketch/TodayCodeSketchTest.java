package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.sketch.SketchInput.Operation;
import io.github.otpadvisor.sketch.TodayCode.Fix;
import io.github.otpadvisor.sketch.TodayCode.Handler;
import io.github.otpadvisor.sketch.TodayCode.InitCall;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sketches written from what the module's code does today (issue 11): kept, moved, or named. */
class TodayCodeSketchTest {
    private static SketchInput input(Pattern p, Placement place, List<Operation> ops, TodayCode code) {
        return new SketchInput("Shop.Counter", new Decision(true, p, place, null, "test"), Pattern.GENSERVER, ops,
                "__MODULE__", null, "Shop", null, null, null, null, null, null, List.of(), List.of(), null, null,
                code);
    }

    private static TodayCode code(boolean fits, List<Handler> handlers, Map<String, String> options,
                                  List<InitCall> init, boolean statem, List<Fix> fixes, Set<String> plain) {
        return new TodayCode(fits, "GenServer, static child", handlers, options, false, init, statem, fixes, null,
                plain, null);
    }

    @Test
    void aFittingModuleGetsBeforeAfterForItsFindingsOnly() {
        List<Fix> fixes = List.of(
                new Fix("OTP005", "lib/shop/counter.ex:12", "spawn/1 in Shop.Counter.handle_info/2 starts a process"
                        + " outside any supervision tree: it is lost. Start it with Task.Supervisor.start_child.", null),
                new Fix("OTP013", "lib/shop/counter.ex:5", "Shop.Counter.init/1 does slow work before it returns:"
                        + " Shop.Repo.load/1 (line 5), which runs Repo.all(). Return {:ok, state, {:continue, :load}}.",
                        null));
        String impl = ElixirSketches.implementation(input(Pattern.GENSERVER, Placement.STATIC_CHILD, List.of(),
                code(true, List.of(), Map.of(), List.of(), false, fixes, Set.of())));
        assertTrue(impl.startsWith("# Shop.Counter fits as it is (GenServer, static child): no rewrite."), impl);
        assertFalse(impl.contains("defmodule"), impl);
        assertTrue(impl.contains("spawn(fn -> work() end)\n# after\n"
                + "Task.Supervisor.start_child(Shop.TaskSupervisor, fn -> work() end)"), impl);
        assertTrue(impl.contains("# new: add {Task.Supervisor, name: Shop.TaskSupervisor} to the application's"
                + " children"), impl);
        assertTrue(impl.contains("# before: init/1 calls Shop.Repo.load/1 before it returns {:ok, state}"), impl);
        assertTrue(impl.contains("def handle_continue(:load, state) do"), impl);
    }

    @Test
    void aGenServerRewriteKeepsTagsShapesOptionsAndInitTimers() {
        List<Handler> handlers = List.of(new Handler("handle_call", "{:fetch, key}", "fetch"),
                new Handler("handle_cast", "{:store, key, value}", "store"),
                new Handler("handle_info", "%{event: \"tick tock\", at: at}", ""));
        String impl = ElixirSketches.implementation(input(Pattern.GENSERVER, Placement.DYNAMIC_SUPERVISOR_REGISTRY,
                List.of(), code(false, handlers, Map.of("restart", ":temporary", "shutdown", "10_000"),
                        List.of(new InitCall("Process.send_after(self(), :refresh, 1000)", "refresh", 3),
                                new InitCall("Process.flag(:trap_exit, true)", "EXIT", 4)), false, List.of(),
                        Set.of())));
        assertTrue(impl.contains("use GenServer, restart: :temporary, shutdown: 10_000"), impl);
        assertTrue(impl.contains("def handle_call({:fetch, _key}, _from, state) do"), impl);
        assertTrue(impl.contains("def handle_cast({:store, _key, _value}, state) do"), impl);
        assertTrue(impl.contains("def handle_info(%{event: \"tick tock\", at: _at}, state) do"), impl);
        assertTrue(impl.contains("Process.send_after(self(), :refresh, 1000)"), impl);
        assertTrue(impl.contains("Process.flag(:trap_exit, true)"), impl);
    }

    @Test
    void aGenStatemStaysAStateMachineAndPlainFunctionsStayPlain() {
        String statem = ElixirSketches.implementation(input(Pattern.GEN_STATEM, Placement.DYNAMIC_SUPERVISOR_REGISTRY,
                List.of(), code(false, List.of(), Map.of("restart", ":transient"), List.of(), true, List.of(),
                        Set.of())));
        assertTrue(statem.contains(":gen_statem.start_link(via_tuple(id), __MODULE__, id, [])"), statem);
        assertTrue(statem.contains("restart: :transient"), statem);
        assertFalse(statem.contains("GenServer"), statem);

        List<Operation> ops = List.of(new Operation("put", 2, Operation.Kind.WRITE, List.of("key", "value")),
                new Operation("next", 0, Operation.Kind.CALL, List.of(), "next"));
        String ets = ElixirSketches.implementation(input(Pattern.ETS, Placement.STATIC_CHILD, ops,
                code(false, List.of(new Handler("handle_call", ":next", "next")), Map.of(), List.of(), false,
                        List.of(), Set.of("put/2"))));
        assertTrue(ets.contains("# Unchanged: put/2 (plain functions today"), ets);
        assertFalse(ets.contains("def put("), ets);
    }

    @Test
    void anAgentTakesTodaysReplyAndNextState() {
        List<Operation> ops = List.of(new Operation("next_id", 0, Operation.Kind.CALL, List.of(), "next"),
                new Operation("set_id", 1, Operation.Kind.CAST, List.of("id"), "set"));
        List<Handler> handlers = List.of(
                new Handler("handle_call", ":next", "next", "state", "{:reply, state.n, %{state | n: state.n + 1}}"),
                new Handler("handle_cast", "{:set, id}", "set", "state", "{:noreply, %{state | n: id}}"));
        TodayCode c = new TodayCode(false, null, handlers, Map.of(), false, List.of(), false, List.of(), "%{n: 1}",
                Set.of(), null);
        String impl = ElixirSketches.implementation(input(Pattern.AGENT, Placement.STATIC_CHILD, ops, c));
        assertTrue(impl.contains("Agent.start_link(fn -> %{n: 1} end, name: __MODULE__)"), impl);
        assertTrue(impl.contains("Agent.get_and_update(__MODULE__, fn state -> {state.n, %{state | n: state.n + 1}}"
                + " end)"), impl);
        assertTrue(impl.contains("Agent.cast(__MODULE__, fn state -> %{state | n: id} end)"), impl);
        assertEquals(List.of(":reply", "f(a, b)", "%{b: [1, 2]}"), TodayLogic.tupleItems("{:reply, f(a, b), %{b: [1, 2]}}"));
    }

    private static TodayCode withBodies(List<Handler> handlers) {
        return new TodayCode(false, null, handlers, Map.of(), false, List.of(), false, List.of(), "%{}", Set.of(),
                null, null, List.of(), Set.of("fetch_remote/1"), null);
    }

    @Test
    void functionsTakeTodaysBodyOrQuoteTheHandlerNeverAStandIn() {
        List<Operation> ops = List.of(new Operation("lookup", 1, Operation.Kind.CALL, List.of("sku"), "lookup"),
                new Operation("hits", 0, Operation.Kind.CALL, List.of(), "hits"));
        List<Handler> handlers = List.of(
                new Handler("handle_call", "{:lookup, sku}", "lookup", "state", null,
                        "price = fetch_remote(sku)\n{:reply, {:ok, price}, state}"),
                new Handler("handle_call", ":hits", "hits", "state", "{:reply, state.hits, state}",
                        "{:reply, state.hits, state}"));
        String impl = ElixirSketches.implementation(input(Pattern.FUNCTIONS, null, ops, withBodies(handlers)));
        assertTrue(impl.contains("  def lookup(sku) do\n    price = fetch_remote(sku)\n    {:ok, price}\n  end"), impl);
        assertTrue(impl.contains("# hits/0 is not moved: it reads the state (state)"), impl);
        assertTrue(impl.contains("#     {:reply, state.hits, state}"), impl);
        assertFalse(impl.contains("def hits"), impl);
        assertTrue(impl.contains("defp fetch_remote/1"), impl);
        assertFalse(impl.contains("today's logic"), impl);
    }

    @Test
    void aHandlerThatRepliesLaterIsQuotedWithWhy() {
        List<Operation> ops = List.of(new Operation("wait", 1, Operation.Kind.CALL, List.of("key"), "wait"));
        List<Handler> handlers = List.of(new Handler("handle_call", "{:wait, key}", "wait", "state", null,
                "{:noreply, Map.update(state, key, [from], &[from | &1])}"));
        String impl = ElixirSketches.implementation(input(Pattern.FUNCTIONS, null, ops, withBodies(handlers)));
        assertTrue(impl.contains("# wait/1 is not moved: it does not end in one {:reply, reply, state}"), impl);
        assertFalse(impl.contains("def wait"), impl);
    }

    @Test
    void etsQuotesWhatATableCannotSayAndReadsKeysItCan() {
        List<Operation> ops = List.of(new Operation("get", 1, Operation.Kind.READ, List.of("key"), "get"),
                new Operation("loaded?", 0, Operation.Kind.READ, List.of(), "loaded?"));
        List<Handler> handlers = List.of(
                new Handler("handle_call", "{:get, key}", "get", "state", null,
                        "{:reply, {:ok, Map.fetch!(state, key)}, state}"),
                new Handler("handle_call", ":loaded?", "loaded?", "state", null, "{:reply, is_map(state), state}"));
        String impl = ElixirSketches.implementation(input(Pattern.ETS, null, ops, withBodies(handlers)));
        assertTrue(impl.contains("  def get(key) do\n    {:ok, lookup!(key)}\n  end"), impl);
        assertTrue(impl.contains("defp lookup!(key) do"), impl);
        assertTrue(impl.contains("# loaded?/0 is not moved: it uses the state (state) other than by reading keys"),
                impl);
        assertFalse(impl.contains("tab2list"), impl);
    }
}
