package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.assess.Assessor;
import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.DecisionModel;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the sketches say for real modules and planned features: their names, operations, strategy. */
class ElixirSketchesTest {
    private static ProjectFacts shop() {
        return SketchCases.project(SketchCases.polyglotShop());
    }

    private static ProjectFacts umbrella() {
        return SketchCases.project(SketchCases.umbrella());
    }

    private static Assessment assessed(ProjectFacts p, String name) {
        return Assessor.assess(p).of(name).orElseThrow(() -> new AssertionError("no process module " + name));
    }

    /** The module's own decision, with the recommendation replaced. */
    private static SketchInput as(ProjectFacts p, String name, Decision d) {
        return SketchInput.of(assessed(p, name).withDecision(d), p);
    }

    private static SketchInput asDecided(ProjectFacts p, String name) {
        return SketchInput.of(assessed(p, name), p);
    }

    /** The module as decided, rewritten even when it fits: what the renderers write for a change. */
    static SketchInput rewritten(ProjectFacts p, String name) {
        SketchInput in = asDecided(p, name);
        TodayCode c = in.code();
        return new SketchInput(in.moduleName(), in.decision(), in.today(), in.operations(), in.registeredName(),
                in.etsTable(), in.namespace(), in.registry(), in.dynamicSupervisor(), in.taskSupervisor(),
                in.partitionSupervisor(), in.strategy(), in.entityId(), in.infoMessages(), in.children(),
                in.ownStrategy(), in.dynamicChild(), new TodayCode(false, null, c.handlers(), c.useOptions(),
                        c.childSpec(), c.initCalls(), c.stateMachine(), c.findings(), c.initState(), c.plain(),
                        c.appChild(), c.init(), c.agentCalls(), c.privates(), c.startLink()));
    }

    @Test
    void aModuleThatFitsIsNotRewritten() {
        SketchInput in = asDecided(shop(), "ShopCore.Cart");
        assertTrue(in.code().fits());
        String impl = ElixirSketches.implementation(in);
        assertTrue(impl.startsWith("# ShopCore.Cart fits as it is (GenServer"), impl);
        assertFalse(impl.contains("defmodule"), impl);
    }

    private static void contains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "missing <" + part + "> in:\n" + text);
        }
    }

    @Test
    void priceCacheAsEtsReadsTheTableInTheCaller() {
        // ETS is what the Quick Reference gives a cache read by many callers ("Global cache GenServer").
        Decision ets = DecisionModel.decide(Answers.builder().stateBetweenOps(true).simpleGetUpdate(true)
                .manyReaders(true).build());
        assertEquals(Pattern.ETS, ets.abstraction());
        SketchInput in = as(shop(), "ShopCore.PriceCache", ets);
        String impl = ElixirSketches.implementation(in);
        contains(impl, "defmodule ShopCore.PriceCache do", "@table __MODULE__", "  def get(sku) do",
                "    lookup(sku, nil)", "  def put(sku, price) do",
                "    :ets.insert(@table, {sku, price})", "read_concurrency: true");
        assertFalse(impl.contains("GenServer.call"), "reads do not go through the process");
        // The table owner's entry is the one its application lists today, as written.
        contains(ElixirSketches.childrenEntry(in), "  ShopCore.PriceCache\n]",
                "Supervisor.start_link(children, strategy: :one_for_one)");
        contains(ElixirSketches.testSketch(in), "defmodule ShopCore.PriceCacheTest do", "alias ShopCore.PriceCache",
                "use ExUnit.Case, async: false",
                "_pid = Process.whereis(PriceCache) || start_supervised!(ShopCore.PriceCache)",
                "PriceCache.put(\"sku-1\", 2)",
                "assert PriceCache.get(\"sku-1\") == 2");
    }

    @Test
    void priceCacheAsDecidedKeepsItsOperations() {
        SketchInput in = asDecided(shop(), "ShopCore.PriceCache");
        contains(ElixirSketches.implementation(in), "def get(sku) do", "def put(sku, price) do");
    }

    @Test
    void aSingletonMadePerEntityTakesTheIdFirst() {
        SketchInput in = as(shop(), "ShopCore.PriceCache", SketchCases.decision(Pattern.GENSERVER,
                Placement.DYNAMIC_SUPERVISOR_REGISTRY));
        contains(ElixirSketches.implementation(in), "  def get(id, sku) do", "GenServer.call(pid, {:get, sku})",
                "  def put(id, sku, price) do", "GenServer.cast(pid, {:put, sku, price})", "def get_or_start(id) do");
    }

    @Test
    void pricingAsFunctionsNeedsNoProcess() {
        SketchInput in = asDecided(shop(), "ShopCore.Pricing");
        assertEquals(Pattern.FUNCTIONS, in.decision().abstraction());
        String impl = ElixirSketches.implementation(in);
        contains(impl, "defmodule ShopCore.Pricing do", "  def total(lines) do",
                "    Enum.reduce(lines, 0, fn {price, qty}, acc -> acc + price * qty end)");
        assertFalse(impl.lines().anyMatch(l -> !l.strip().startsWith("#") && l.contains("GenServer")), impl);
        assertNull(ElixirSketches.childrenEntry(in));
        String test = ElixirSketches.testSketch(in);
        contains(test, "Pricing.total([]) == Pricing.total([])");
        assertFalse(test.contains("start_supervised!"), test);
    }

    @Test
    void cartPerEntityUsesTheProjectsRegistryAndSupervisor() {
        SketchInput in = rewritten(shop(), "ShopCore.Cart");
        assertEquals(Pattern.GENSERVER, in.decision().abstraction());
        assertEquals(Placement.DYNAMIC_SUPERVISOR_REGISTRY, in.decision().placement());
        String impl = ElixirSketches.implementation(in);
        contains(impl, "use GenServer, restart: :transient", "@registry ShopCore.CartRegistry",
                "@supervisor ShopCore.CartSupervisor", "  def get_or_start(cart_id) do",
                "  def add(cart_id, sku, qty) do", "GenServer.call(pid, {:add, sku, qty})",
                "{:error, {:already_started, pid}} -> {:ok, pid}", "def handle_info(:timeout, state) do",
                "{:ok, %{}, @idle_timeout}");
        contains(ElixirSketches.childrenEntry(in), "{Registry, keys: :unique, name: ShopCore.CartRegistry}",
                "{DynamicSupervisor, strategy: :one_for_one, name: ShopCore.CartSupervisor}",
                "DynamicSupervisor.start_child(ShopCore.CartSupervisor, {ShopCore.Cart, cart_id})");
        contains(ElixirSketches.testSketch(in), "{:ok, pid} = Cart.get_or_start(\"cart-1\")",
                "assert {:ok, ^pid} = Cart.get_or_start(\"cart-1\")", "Cart.add(\"cart-1\", \"sku-1\", 2)");
    }

    @Test
    void partitionedCartStartsThroughTheExistingPartitionSupervisor() {
        SketchInput in = asDecided(umbrella(), "Shop.Cart");
        assertEquals(Pattern.AGENT, in.decision().abstraction());
        assertEquals(Placement.PARTITION_SUPERVISOR, in.decision().placement());
        contains(ElixirSketches.implementation(in), "use Agent", "@supervisors Shop.RoomSupervisors",
                "supervisor = {:via, PartitionSupervisor, {@supervisors, cart_id}}", "def items(cart_id) do",
                "def add(cart_id, item) do", "Agent.start_link(fn -> %{items: []} end, name: via_tuple(cart_id))",
                "Agent.get(pid, fn state -> state.items end)",
                "Agent.cast(pid, fn state -> Map.update(state, :items, [item], &[item | &1]) end)");
        contains(ElixirSketches.childrenEntry(in),
                "{PartitionSupervisor, child_spec: DynamicSupervisor, name: Shop.RoomSupervisors}",
                "{:via, PartitionSupervisor, {Shop.RoomSupervisors, cart_id}}");
    }

    @Test
    void supervisorsKeepTheirChildrenAndStrategies() {
        SketchInput in = rewritten(umbrella(), "Shop.Workers.Supervisor");
        contains(ElixirSketches.implementation(in), "use Supervisor", "      Shop.TableOwner,",
                "      Shop.Workers.Reporter", "Supervisor.init(children, strategy: :rest_for_one)");
        contains(ElixirSketches.testSketch(in), "assert %{specs: 2} = Supervisor.count_children(pid)");
        contains(ElixirSketches.childrenEntry(asDecided(umbrella(), "Billing.Gateway")),
                "Supervisor.start_link(children, strategy: :one_for_all)");
    }

    @Test
    void timersAndCountersComeFromTheModule() {
        contains(ElixirSketches.implementation(rewritten(umbrella(), "Shop.Poller")), "schedule(:poll)",
                "  def handle_info(:poll, state) do", "  def handle_info(_message, state) do",
                "Process.send_after(self(), message, @interval)");
        contains(ElixirSketches.implementation(rewritten(umbrella(), "Shop.TableOwner")),
                "Process.flag(:trap_exit, true)", "def handle_info({:EXIT, _pid, _reason}, state) do");
        // A counter is not a key-value map (RULEBOOK §3): it stays an Agent; its ETS sketch still counts.
        assertEquals(Pattern.AGENT, asDecided(umbrella(), "Shop.Counter").decision().abstraction());
        SketchInput counter = as(umbrella(), "Shop.Counter", DecisionModel.decide(Answers.builder()
                .stateBetweenOps(true).simpleGetUpdate(true).manyReaders(true).build()));
        assertEquals(Pattern.ETS, counter.decision().abstraction());
        contains(ElixirSketches.implementation(counter), "  def increment do",
                ":ets.update_counter(@table, :count, 1, {:count, 0})", "  def value do");
        // the application's counter: counted from where it stands
        contains(ElixirSketches.testSketch(counter), "before = Counter.value()", "Counter.increment()",
                "assert Counter.value() == before + 1");
    }

    @Test
    void tasksRunUnderTheProjectsTaskSupervisor() {
        SketchInput in = rewritten(umbrella(), "Shop.Workers.Reporter");
        contains(ElixirSketches.implementation(in), "@supervisor Shop.TaskSupervisor", "  def run(",
                "Task.Supervisor.start_child(@supervisor, fn -> do_run(");
        contains(ElixirSketches.childrenEntry(in), "{Task.Supervisor, name: Shop.TaskSupervisor}");
        contains(ElixirSketches.testSketch(in), "start_supervised!({Task.Supervisor, name: Shop.TaskSupervisor})",
                "assert {:ok, _pid} = Reporter.run(");
        SketchInput awaited = SketchInput.forFeature("Price lookups",
                SketchCases.decision(Pattern.TASK, Placement.TASK_SUPERVISOR));
        contains(ElixirSketches.implementation(awaited), "Task.Supervisor.async_nolink(@supervisor, fn ->",
                "Task.yield(task, 5_000) || Task.shutdown(task)");
    }

    @Test
    void userSessionsFeatureGetsTheRegistryPattern() {
        Decision d = DecisionModel.decide(Answers.builder().stateBetweenOps(true).timeoutsMonitorsInfo(true)
                .dynamicChildren(true).build());
        assertEquals(Placement.DYNAMIC_SUPERVISOR_REGISTRY, d.placement());
        SketchInput in = SketchInput.forFeature("User sessions", d);
        assertEquals("MyApp.UserSessions", in.moduleName());
        contains(ElixirSketches.implementation(in), "defmodule MyApp.UserSessions do", "  def get_or_start(id) do",
                "case Registry.lookup(@registry, id) do", "defp via_tuple(id), do: {:via, Registry, {@registry, id}}",
                "@registry MyApp.Registry", "@supervisor MyApp.WorkerSupervisor");
        contains(ElixirSketches.childrenEntry(in), "{Registry, keys: :unique, name: MyApp.Registry}",
                "{DynamicSupervisor, strategy: :one_for_one, name: MyApp.WorkerSupervisor}",
                "DynamicSupervisor.start_child(MyApp.WorkerSupervisor, {MyApp.UserSessions, id})");
        contains(ElixirSketches.testSketch(in), "defmodule MyApp.UserSessionsTest do",
                "UserSessions.get_or_start(\"id-1\")");
    }

    @Test
    void featureGenServerPlacedUnderAPartitionSupervisor() {
        SketchInput in = SketchInput.forFeature("Game rooms", SketchCases.decision(Pattern.GENSERVER,
                Placement.PARTITION_SUPERVISOR));
        contains(ElixirSketches.implementation(in), "defmodule MyApp.GameRooms do", "use GenServer",
                "{:via, PartitionSupervisor, {@supervisors, id}}");
        contains(ElixirSketches.childrenEntry(in),
                "{PartitionSupervisor, child_spec: DynamicSupervisor, name: MyApp.DynamicSupervisors}");
    }

    @Test
    void sketchesEndWithoutANewline() {
        SketchInput in = asDecided(shop(), "ShopCore.Cart");
        assertFalse(ElixirSketches.implementation(in).endsWith("\n"));
        assertTrue(ElixirSketches.testSketch(in).endsWith("\nend"));
        assertTrue(ElixirSketches.childrenEntry(in).endsWith(")"));
    }

    @Test
    void hostileModuleNamesFromSourceStillGiveCodeThatParses() {
        ProjectFacts p = SketchCases.project(SketchCases.resource("/sketch/hostile"));
        assertEquals(List.of(":<script>\"`\n```#{x}", "Not an alias"),
                p.processModules().stream().map(ProcessModule::name).toList());
        io.github.otpadvisor.elixir.ElixirFrontEnd parser = new io.github.otpadvisor.elixir.ElixirFrontEnd();
        for (ProcessModule m : p.processModules()) {
            SketchInput in = SketchInput.of(assessed(p, m.name()), p);
            for (SketchCases.Sketch kind : SketchCases.Sketch.values()) {
                String s = kind.render(in);
                if (s != null) {
                    assertTrue(parser.parse(s).ok(), s);
                    assertFalse(s.contains("```"), s);
                }
            }
        }
        SketchInput script = SketchInput.of(assessed(p, p.processModules().get(0).name()), p);
        contains(ElixirSketches.implementation(script), "defmodule :\"<script>\\\"\\x60\\n\\x60\\x60\\x60\\#{x}\" do",
                "def get(key) do", "def put(key, value) do");
        contains(ElixirSketches.implementation(SketchInput.of(assessed(p, p.processModules().get(1).name()),
                p)), "defmodule :\"Elixir.Not an alias\" do");
    }
}
