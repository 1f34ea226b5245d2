package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sketches written for small projects from source (issue 11, names and fits): the names a module registers
 * under today and the supervisors of its own namespace are kept; a fitting module keeps today's entry and its
 * findings quote its own code.
 */
class ProjectSketchNamesTest {
    @TempDir
    Path root;

    private AnalysisResult analyze(Map<String, String> files) throws IOException {
        Files.writeString(root.resolve("mix.exs"), """
                defmodule Shop.MixProject do
                  use Mix.Project
                  def project, do: [app: :shop, version: "0.1.0"]
                  def application, do: [mod: {Shop.Application, []}]
                end
                """);
        for (var e : files.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        return new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root));
    }

    private static Assessment assessment(AnalysisResult r, String module) {
        return r.assessments().of(module).orElseThrow(() -> new AssertionError("no assessment of " + module));
    }

    private static SketchInput input(AnalysisResult r, String module) {
        Assessment a = assessment(r, module);
        return SketchInput.of(a, r.project(), r.findings().stream().filter(f -> module.equals(f.module())).toList());
    }

    private static SketchInput rewrittenTo(AnalysisResult r, String module, Pattern p, Placement place) {
        Assessment a = assessment(r, module).withDecision(new Decision(true, p, place, null, "test"));
        return SketchInput.of(a, r.project());
    }

    private static final String APP = """
            defmodule Shop.Application do
              use Application
              def start(_type, _args) do
                children = [
                  {Registry, keys: :unique, name: Shop.ServerRegistry},
                  {Registry, keys: :unique, name: Shop.Carts.Registry},
                  {DynamicSupervisor, strategy: :one_for_one, name: Shop.Coordinator.DynamicSupervisor},
                  {PartitionSupervisor, child_spec: DynamicSupervisor, name: Payments.Cdc.DynamicSupervisors},
                  {DynamicSupervisor, strategy: :one_for_one, name: Shop.RateCounter.DynamicSupervisor},
                  {Shop.Cache, []}
                ]
                Supervisor.start_link(children, strategy: :one_for_one)
              end
            end
            """;

    @Test
    void aNameFromTheStartOptionsIsKeptAsWritten() throws IOException {
        AnalysisResult r = analyze(Map.of("lib/shop/application.ex", APP, "lib/shop/cache.ex", """
                defmodule Shop.Cache do
                  use GenServer
                  def start_link(opts) do
                    name = Keyword.get(opts, :name, __MODULE__)
                    GenServer.start_link(__MODULE__, opts, name: name)
                  end
                  def get(key), do: GenServer.call(__MODULE__, {:get, key})
                  def put(key, value), do: GenServer.cast(__MODULE__, {:put, key, value})
                  def init(_opts), do: {:ok, %{}}
                  def handle_call({:get, key}, _from, state), do: {:reply, Map.get(state, key), state}
                  def handle_cast({:put, key, value}, state), do: {:noreply, Map.put(state, key, value)}
                end
                """));
        for (Pattern p : new Pattern[] {Pattern.AGENT, Pattern.ETS}) {
            String impl = ElixirSketches.implementation(rewrittenTo(r, "Shop.Cache", p, Placement.STATIC_CHILD));
            // Written into the start call, or today's start_link kept as written (the ETS owner's).
            assertTrue(impl.contains("name: Keyword.get(opts, :name, __MODULE__))")
                    || impl.contains("name = Keyword.get(opts, :name, __MODULE__)") && impl.contains("name: name)"),
                    p + ":\n" + impl);
            assertFalse(impl.contains("name: __MODULE__)"), p + ":\n" + impl);
        }
    }

    @Test
    void aModuleThatRegistersInARegistryInInitKeepsThatRegistration() throws IOException {
        AnalysisResult r = analyze(Map.of("lib/shop/application.ex", APP, "lib/shop/id_server.ex", """
                defmodule Shop.IdServer do
                  use GenServer
                  def start_id_server do
                    DynamicSupervisor.start_child(Shop.Coordinator.DynamicSupervisor,
                      {__MODULE__, name: __MODULE__, data: %{}})
                  end
                  def next_id do
                    [{pid, _}] = Registry.lookup(Shop.ServerRegistry, "IdServer")
                    GenServer.call(pid, :next_id)
                  end
                  def set_next_id(next_id) do
                    [{pid, _}] = Registry.lookup(Shop.ServerRegistry, "IdServer")
                    GenServer.cast(pid, {:set_id, next_id})
                  end
                  def start_link(_opts), do: GenServer.start_link(__MODULE__, [], [])
                  def init(_opts) do
                    Registry.register(Shop.ServerRegistry, "IdServer", :id_server)
                    {:ok, %{next_id: 1}}
                  end
                  def handle_call(:next_id, _from, state) do
                    {:reply, state.next_id, %{state | next_id: state.next_id + 1}}
                  end
                  def handle_cast({:set_id, next_id}, state), do: {:noreply, %{state | next_id: next_id}}
                end
                """));
        SketchInput in = rewrittenTo(r, "Shop.IdServer", Pattern.AGENT, Placement.STATIC_CHILD);
        String impl = ElixirSketches.implementation(in);
        // Registered as today: by the via name, or by today's Registry.register moved into the Agent's own start
        // function (it runs in the Agent process); callers reach it by the via name either way.
        assertTrue(impl.contains("name: {:via, Registry, {Shop.ServerRegistry, \"IdServer\"}})")
                || impl.contains("fn ->\n        Registry.register(Shop.ServerRegistry, \"IdServer\", :id_server)"), impl);
        // Today's clients as written, only their GenServer calls swapped: they look the pid up as today.
        assertTrue(impl.contains("[{pid, _}] = Registry.lookup(Shop.ServerRegistry, \"IdServer\")\n"
                + "    Agent.get_and_update(pid, fn state ->"), impl);
        assertFalse(impl.contains("name: __MODULE__"), impl);
        String test = ElixirSketches.testSketch(in);
        // The application runs that Registry: the test uses it, a second one under its name would not start.
        assertFalse(test.contains("name: Shop.ServerRegistry})"), test);
        assertTrue(test.contains("# Shop.ServerRegistry runs in the application (lib/shop/application.ex:5): the test"
                + " uses it."), test);
        // Today's handlers tie set_next_id/1 to next_id/0 (a number: next_id/0 adds to it).
        assertTrue(test.contains("IdServer.set_next_id(42)\n    assert IdServer.next_id() == 42"), test);
        assertFalse(test.contains("Process.alive?"), test);
    }

    @Test
    void theRegistryAModuleRegistersInIsTheOneItsSketchUses() throws IOException {
        AnalysisResult r = analyze(Map.of("lib/shop/application.ex", APP, "lib/shop/carts/cart.ex", """
                defmodule Shop.Carts.Cart do
                  use GenServer
                  def start(user_id) do
                    DynamicSupervisor.start_child(Shop.Coordinator.DynamicSupervisor, {__MODULE__, user_id})
                  end
                  def start_link(user_id), do: GenServer.start_link(__MODULE__, user_id)
                  def init(user_id) do
                    Registry.register(Shop.Carts.Registry, user_id, nil)
                    {:ok, %{user_id: user_id}}
                  end
                  def handle_call(:get, _from, state), do: {:reply, state, state}
                end
                """));
        SketchInput in = rewrittenTo(r, "Shop.Carts.Cart", Pattern.GENSERVER, Placement.PARTITION_SUPERVISOR);
        String impl = ElixirSketches.implementation(in);
        // No client function of its own uses a via name: callers find it in the Registry it registers in.
        assertTrue(impl.contains("They find it by its id in Shop.Carts.Registry, as today."), impl);
        assertFalse(impl.contains("Shop.ServerRegistry"), impl);
    }

    @Test
    void anotherSubsystemsSupervisorIsNeverOfferedTodaysDynamicSupervisorIsPartitioned() throws IOException {
        AnalysisResult r = analyze(Map.of("lib/shop/application.ex", APP, "lib/shop/rate_counter.ex", """
                defmodule Shop.RateCounter do
                  use GenServer
                  def new(id) do
                    DynamicSupervisor.start_child(Shop.RateCounter.DynamicSupervisor, {__MODULE__, id})
                  end
                  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: {:via, Registry, {Shop.ServerRegistry, id}})
                  def init(id), do: {:ok, %{id: id}}
                  def handle_call(:get, _from, state), do: {:reply, state, state}
                end
                """));
        SketchInput in = rewrittenTo(r, "Shop.RateCounter", Pattern.GENSERVER, Placement.PARTITION_SUPERVISOR);
        String children = ElixirSketches.childrenEntry(in);
        assertFalse(children.contains("Payments.Cdc"), children);
        assertTrue(children.contains("{PartitionSupervisor,\n   child_spec: DynamicSupervisor,"
                + " name: Shop.RateCounter.DynamicSupervisor}")
                || children.contains("{PartitionSupervisor, child_spec: DynamicSupervisor,"
                + " name: Shop.RateCounter.DynamicSupervisor}"), children);
        assertTrue(children.contains("# in place of today's DynamicSupervisor of this name"), children);
        assertFalse(ElixirSketches.implementation(in).contains("Payments.Cdc"));
    }

    @Test
    void aFittingModuleQuotesItsOwnUnlinkedStartAndKeepsTodaysPlace() throws IOException {
        AnalysisResult r = analyze(Map.of("lib/shop/application.ex", APP, "lib/shop/room.ex", """
                defmodule Shop.Room do
                  use GenServer, restart: :temporary
                  def open(room_id) do
                    DynamicSupervisor.start_child(Shop.Coordinator.DynamicSupervisor, {__MODULE__, room_id})
                  end
                  def start_link(init_arg) do
                    GenServer.start(__MODULE__, init_arg)
                  end
                  def init(room_id) do
                    Process.send_after(self(), :tick, 1000)
                    {:ok, %{room_id: room_id, ticks: 0}}
                  end
                  def handle_call(:get, _from, state), do: {:reply, state, state}
                  def handle_info(:tick, state) do
                    Process.send_after(self(), :tick, 1000)
                    {:noreply, %{state | ticks: state.ticks + 1}}
                  end
                end
                """));
        SketchInput in = input(r, "Shop.Room");
        String impl = ElixirSketches.implementation(in);
        assertTrue(impl.contains("# before\nGenServer.start(__MODULE__, init_arg)\n# after\n"
                + "GenServer.start_link(__MODULE__, init_arg)"), impl);
        String test = ElixirSketches.testSketch(in);
        assertFalse(test.contains("get_or_start"), test);
        String children = ElixirSketches.childrenEntry(in);
        assertFalse(children.contains("# new"), children);
        assertFalse(children.contains("WorkerSupervisor"), children);
    }

    @Test
    void anUnhandledSelfMessageGetsItsOwnClauseNotACatchAll() throws IOException {
        AnalysisResult r = analyze(Map.of("lib/shop/application.ex", APP.replace("{Shop.Cache, []}",
                "{Shop.Cache, []},\n      Shop.Deleter"), "lib/shop/deleter.ex", """
                defmodule Shop.Deleter do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  def delete(id), do: GenServer.cast(__MODULE__, {:delete, id, 0})
                  def init(:ok), do: {:ok, nil}
                  def handle_cast({:delete, id, attempt}, state) do
                    Process.send_after(self(), {:retry_delete, id, attempt + 1}, 1000)
                    {:noreply, state}
                  end
                  def handle_info({:retry_delete, id, attempt}) do
                    GenServer.cast(__MODULE__, {:delete, id, attempt})
                  end
                end
                """));
        String impl = ElixirSketches.implementation(input(r, "Shop.Deleter"));
        assertTrue(impl.contains("fits as it is"), impl);
        assertTrue(impl.contains("def handle_info({:retry_delete, _, _} = _msg, state) do"), impl);
        assertTrue(impl.contains("Process.send_after(self(), {:retry_delete, id, attempt + 1}, 1000)"), impl);
        assertFalse(impl.contains("def handle_info(_message, state), do: {:noreply, state}"), impl);
    }

    @Test
    void otp008GetsTheViaNameAndAShadowedClauseIsNotAnsweredWithACatchAll() {
        java.util.List<TodayCode.Fix> fixes = java.util.List.of(
                new TodayCode.Fix("OTP008", "lib/shop/sup.ex:11", "an interpolated atom literal builds a new atom"
                        + " from runtime data, used as the name: ... Register the process under {:via, Registry,"
                        + " {Shop.Registry, id}} (any term as key, removed when the process dies; the project has no"
                        + " Registry: add Shop.Registry to its supervision tree).", null),
                new TodayCode.Fix("OTP012", "lib/shop/sup.ex:30", "`def handle_info(:tick, state)` comes after"
                        + " `def handle_info(_msg, state)` (line 20), which takes every message: this clause never"
                        + " runs. Move it above the catch-all (or remove it).", "def handle_info(:tick, state)"));
        TodayCode code = new TodayCode(true, "GenServer, static child", java.util.List.of(), Map.of(), false,
                java.util.List.of(), false, fixes, null, java.util.Set.of(), null);
        SketchInput in = new SketchInput("Shop.Sup", new Decision(true, Pattern.GENSERVER, Placement.STATIC_CHILD,
                null, "test"), Pattern.GENSERVER, java.util.List.of(), "__MODULE__", null, "Shop", null, null, null,
                null, null, null, java.util.List.of(), java.util.List.of(), null, null, code);
        String impl = ElixirSketches.implementation(in);
        assertTrue(impl.contains("name = {:via, Registry, {Shop.Registry, id}}"), impl);
        assertTrue(impl.contains("# new: add {Registry, keys: :unique, name: Shop.Registry}"), impl);
        assertTrue(impl.contains("def handle_info(:tick, state)\n# change: Move it above the catch-all"), impl);
        assertFalse(impl.contains("def handle_info(_message, state), do: {:noreply, state}"), impl);
    }

    @Test
    void aStartOptionNameIsWrittenForTheSketchsOptsAndAnythingElseFallsBack() {
        java.util.function.Function<String, String> agent = name -> ElixirSketches.implementation(new SketchInput(
                "Shop.Cache", new Decision(true, Pattern.AGENT, Placement.STATIC_CHILD, null, "test"),
                Pattern.GENSERVER, java.util.List.of(new SketchInput.Operation("get", 1, SketchInput.Operation.Kind.READ,
                java.util.List.of("key"))), name, null, "Shop", null, null, null, null, null, null,
                java.util.List.of(), java.util.List.of(), null, null));
        String impl = agent.apply("args[:name] || Shop.Cache");
        assertTrue(impl.contains("def start_link(opts) do"), impl);
        assertTrue(impl.contains("name: opts[:name] || Shop.Cache)"), impl);
        assertTrue(impl.contains("Agent.get(Shop.Cache,"), impl);
        String hostile = agent.apply("Keyword.get(opts, :name, System.halt())");
        assertTrue(hostile.contains("name: __MODULE__)"), hostile);
        assertFalse(hostile.contains("halt"), hostile);
    }

    @Test
    void aSlowCallWithoutArgumentsIsNamedNotMovedBare() {
        java.util.List<TodayCode.Fix> fixes = java.util.List.of(new TodayCode.Fix("OTP013", "lib/shop/registry.ex:37",
                "Shop.Registry.init/1 does slow work before it returns: Repo.all() (a database query, line 37)."
                        + " Return {:ok, state, {:continue, :load}}.", "Repo.all()"));
        TodayCode code = new TodayCode(true, "GenServer, static child", java.util.List.of(), Map.of(), false,
                java.util.List.of(), false, fixes, null, java.util.Set.of(), null);
        String impl = ElixirSketches.implementation(new SketchInput("Shop.Registry", new Decision(true,
                Pattern.GENSERVER, Placement.STATIC_CHILD, null, "test"), Pattern.GENSERVER, java.util.List.of(),
                "__MODULE__", null, "Shop", null, null, null, null, null, null, java.util.List.of(),
                java.util.List.of(), null, null, code));
        // Project.active() |> Repo.all() printed as "Repo.all()": moving that bare call would query nothing.
        assertFalse(impl.contains("\n  Repo.all()\n"), impl);
        assertTrue(impl.contains("# before: init/1 runs Repo.all() (line 37, with the pipe it ends, if any)"), impl);
    }

    @Test
    void aRegistryItsClientsSubscribeToIsNotItsName() throws IOException {
        AnalysisResult r = analyze(Map.of("lib/shop/application.ex", APP.replace("{Shop.Cache, []}",
                "{Registry, keys: :duplicate, name: Shop.Topics.Subscribers}"), "lib/shop/topics/feed.ex", """
                defmodule Shop.Topics.Feed do
                  use GenServer
                  def open(feed_id) do
                    DynamicSupervisor.start_child(Shop.Coordinator.DynamicSupervisor, {__MODULE__, feed_id})
                  end
                  def subscribe(topic), do: Registry.register(Shop.Topics.Subscribers, topic, [])
                  def start_link(feed_id), do: GenServer.start_link(__MODULE__, feed_id)
                  def init(feed_id), do: {:ok, %{feed_id: feed_id}}
                  def handle_call(:get, _from, state), do: {:reply, state, state}
                end
                """));
        String impl = ElixirSketches.implementation(rewrittenTo(r, "Shop.Topics.Feed", Pattern.GENSERVER,
                Placement.PARTITION_SUPERVISOR));
        // subscribe/1 registers its caller in a duplicate-keys registry: not a name for the feed's process.
        assertFalse(impl.contains("Shop.Topics.Subscribers"), impl);
        assertTrue(impl.contains("@registry Shop.ServerRegistry"), impl);
    }
    @Test
    void aMissingExitClauseStopsWithTheLinkedProcesssReasonRatherThanKeepingItsPid() {
        // spawn's InvocationSchedulerState: {:noreply, state} would have kept a dead DeltaCrdt pid it serves from.
        java.util.List<TodayCode.Fix> fixes = java.util.List.of(new TodayCode.Fix("OTP012", "lib/shop/sup.ex:12",
                "Shop.Sup.init/1 traps exits and the process links DeltaCrdt.start_link(...) (line 14), but no"
                        + " handle_info/2 clause takes the {:EXIT, pid, reason} message that arrives when a linked"
                        + " process ends. Add `def handle_info({:EXIT, _pid, reason}, state)` that decides what that"
                        + " exit means.", "Process.flag(:trap_exit, true)"));
        TodayCode code = new TodayCode(true, "GenServer, static child", java.util.List.of(), Map.of(), false,
                java.util.List.of(), false, fixes, null, java.util.Set.of(), null);
        SketchInput in = new SketchInput("Shop.Sup", new Decision(true, Pattern.GENSERVER, Placement.STATIC_CHILD,
                null, "test"), Pattern.GENSERVER, java.util.List.of(), "__MODULE__", null, "Shop", null, null, null,
                null, null, null, java.util.List.of(), java.util.List.of(), null, null, code);
        String impl = ElixirSketches.implementation(in);
        assertTrue(impl.contains("def handle_info({:EXIT, _pid, reason}, state), do: {:stop, reason, state}"), impl);
        assertFalse(impl.contains("{:noreply, state}"), impl);
    }
}
