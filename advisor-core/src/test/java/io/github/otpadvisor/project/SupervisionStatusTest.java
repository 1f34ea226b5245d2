package io.github.otpadvisor.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Supervision status (RULEBOOK §2 "supervision") and start rate ("start rate") per process module. */
class SupervisionStatusTest {
    @TempDir
    Path dir;

    private static String worker(String name) {
        return "defmodule " + name + " do\n  use GenServer\n  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)\n"
                + "  def init(arg), do: {:ok, arg}\nend\n";
    }

    private static String app(String children) {
        return "defmodule MyApp.Application do\n  use Application\n  def start(_t, _a) do\n    children = " + children
                + "\n    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)\n  end\nend\n";
    }

    @Test
    void staticChildrenHaveTheirParentAndEntryDynamicOnesTheirSupervisor() {
        ProjectFacts p = SupervisionSources.link(dir, "a", app("[MyApp.Static, {DynamicSupervisor, name: MyApp.Dyn}]")
                + worker("MyApp.Static") + worker("MyApp.Entity")
                + "defmodule MyApp.Rooms do\n  def open(id), do: DynamicSupervisor.start_child(MyApp.Dyn, {MyApp.Entity, id})\nend\n");
        Supervision s = p.supervision("MyApp.Static");
        assertEquals(Supervision.Status.STATIC, s.status());
        assertEquals("MyApp.Application", s.parent());
        assertEquals(4, s.location().line(), "the children list entry");
        Supervision d = p.supervision("MyApp.Entity");
        assertEquals(Supervision.Status.DYNAMIC, d.status());
        assertEquals("MyApp.Dyn", d.parent());
    }

    @Test
    void noneOnlyWhenTheTreeIsFullyResolvedElseUnknown() {
        String rest = worker("MyApp.Loose") + "defmodule MyApp.Ops do\n  def go, do: GenServer.start(MyApp.Loose, [])\nend\n";
        ProjectFacts resolved = SupervisionSources.link(dir, "a", app("[MyApp.Other]") + worker("MyApp.Other") + rest);
        assertEquals(Supervision.Status.NONE, resolved.supervision("MyApp.Loose").status());

        ProjectFacts partial = SupervisionSources.link(dir, "a",
                app("[MyApp.Other] ++ MyApp.Plugins.children()") + worker("MyApp.Other") + rest);
        Supervision s = partial.supervision("MyApp.Loose");
        assertEquals(Supervision.Status.UNKNOWN, s.status());
        assertTrue(s.why().contains("unresolved part (MyApp.Plugins.children()"), s.why());
        assertNull(s.parent());
        assertTrue(partial.trees().values().iterator().next().get(0).draw().contains("[unresolved]"));
    }

    @Test
    void nothingStartsItIsUnknown() {
        ProjectFacts p = SupervisionSources.link(dir, "a", app("[]") + worker("MyApp.Orphan"));
        assertEquals(Supervision.Status.UNKNOWN, p.supervision("MyApp.Orphan").status());
        assertEquals(StartRate.Kind.UNKNOWN, p.startRate("MyApp.Orphan").kind());
    }

    @Test
    void startChildAtBootIsASingletonStartedUnderItsParent() {
        ProjectFacts p = SupervisionSources.link(dir, "a", """
                defmodule MyApp.Application do
                  use Application
                  def start(_t, _a) do
                    {:ok, sup} = Supervisor.start_link([], strategy: :one_for_one, name: MyApp.Supervisor)
                    {:ok, _} = Supervisor.start_child(MyApp.Supervisor, {MyApp.Metrics, interval: 5_000})
                    {:ok, sup}
                  end
                end
                """ + worker("MyApp.Metrics"));
        Supervision s = p.supervision("MyApp.Metrics");
        assertEquals(Supervision.Status.DYNAMIC, s.status());
        assertEquals("MyApp.Application", s.parent());
        StartRate r = p.startRate("MyApp.Metrics");
        assertEquals(StartRate.Kind.BOOT, r.kind(), r.why());
        assertFalse(p.processModule("MyApp.Metrics").orElseThrow().is(Property.DYNAMIC_CHILDREN),
                "started once at boot: not dynamic children");
    }

    @Test
    void startRateNamesTheRequestPathAcrossModules() {
        ProjectFacts p = SupervisionSources.link(dir, "a", app("[{DynamicSupervisor, name: MyApp.RoomSup}]")
                + worker("MyApp.Room") + """
                defmodule MyAppWeb.RoomChannel do
                  use Phoenix.Channel
                  def join("room:" <> id, _params, socket) do
                    {:ok, _} = MyApp.Rooms.open(id)
                    {:ok, socket}
                  end
                end

                defmodule MyApp.Rooms do
                  def open(id), do: id |> ensure()
                  defp ensure(id), do: DynamicSupervisor.start_child(MyApp.RoomSup, {MyApp.Room, id})
                end
                """);
        StartRate r = p.startRate("MyApp.Room");
        assertEquals(StartRate.Kind.PER_REQUEST, r.kind(), r.why());
        assertEquals("MyAppWeb.RoomChannel.join/3 -> MyApp.Rooms.open/1 -> MyApp.Rooms.ensure/1"
                + " -> DynamicSupervisor.start_child", r.path());
        assertFalse(r.humanRate());
        assertEquals(1, p.bottleneckStarts().size());
        assertEquals("id", p.bottleneckStarts().get(0).key());
        assertTrue(p.processModule("MyApp.Room").orElseThrow().is(Property.REQUEST_PATH_STARTS),
                "the decision's PartitionSupervisor answer agrees with OTP010");
    }

    @Test
    void aStaticChildIsStartedAtBoot() {
        ProjectFacts p = SupervisionSources.link(dir, "a", app("[MyApp.Static]") + worker("MyApp.Static"));
        assertEquals(StartRate.Kind.BOOT, p.startRate("MyApp.Static").kind());
    }
    @Test
    void aModuleNamedInConfigMayBeTheChildOfAStartChildWithAComputedSpec() throws Exception {
        // ewallet's EthGethAdapter.Worker: adapters: [{:geth, ...}] in config.exs, started per call by
        // DynamicSupervisor.start_child(supervisor, %{start: mfargs}) in EthBlockchain.Adapter
        java.nio.file.Files.createDirectories(dir.resolve("lib"));
        java.nio.file.Files.createDirectories(dir.resolve("config"));
        java.nio.file.Files.writeString(dir.resolve("lib/a.ex"), """
                defmodule MyApp.Adapter do
                  def ensure_started(supervisor, mfargs) do
                    DynamicSupervisor.start_child(supervisor, %{id: :adapter, start: mfargs, restart: :temporary})
                  end
                end
                """ + worker("MyApp.Geth") + worker("MyApp.Orphan"));
        java.nio.file.Files.writeString(dir.resolve("config/config.exs"), """
                import Config
                config :my_app, MyApp.Adapter, adapters: [{:geth, MyApp.Geth}]
                """);
        io.github.otpadvisor.facts.extract.FileFactsExtractor x = new io.github.otpadvisor.facts.extract
                .FileFactsExtractor(dir);
        ProjectFacts p = ProjectFacts.link(java.util.List.of(x.extract(dir.resolve("lib/a.ex")),
                x.extract(dir.resolve("config/config.exs"))));
        Supervision s = p.supervision("MyApp.Geth");
        assertEquals(Supervision.Status.UNKNOWN, s.status());
        assertEquals("lib/a.ex", s.location().file());
        assertEquals(3, s.location().line());
        assertEquals("config/config.exs:2 names it, and DynamicSupervisor.start_child in MyApp.Adapter.ensure_started/2"
                + " (lib/a.ex:3) starts a child whose spec is computed at run time, which may be it", s.why());
        assertNull(p.supervision("MyApp.Orphan").location(), "not named in config: nothing points at its start");
    }

    @Test
    void aModuleNamedInConfigForAChildrenEntryReadFromConfigIsStartedFromTheConfiguration() throws Exception {
        // smartcitiesdata's DeadLetter.Application: {config.module, config.init_args}, config/test.exs names the module.
        java.nio.file.Files.createDirectories(dir.resolve("lib"));
        java.nio.file.Files.createDirectories(dir.resolve("config"));
        java.nio.file.Files.writeString(dir.resolve("lib/a.ex"), """
                defmodule MyApp.Application do
                  use Application
                  def start(_t, _a) do
                    config = Application.get_env(:my_app, :driver) |> Enum.into(%{})
                    children = [{config.module, config.init_args}, MyApp.Server]
                    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
                  end
                end
                """ + worker("MyApp.Server") + worker("MyApp.Carrier.Test") + worker("MyApp.Orphan"));
        java.nio.file.Files.writeString(dir.resolve("config/test.exs"), """
                import Config
                config :my_app, driver: [module: MyApp.Carrier.Test, init_args: [size: 3]]
                """);
        io.github.otpadvisor.facts.extract.FileFactsExtractor x = new io.github.otpadvisor.facts.extract
                .FileFactsExtractor(dir);
        ProjectFacts p = ProjectFacts.link(java.util.List.of(x.extract(dir.resolve("lib/a.ex")),
                x.extract(dir.resolve("config/test.exs"))));
        Supervision s = p.supervision("MyApp.Carrier.Test");
        assertEquals(Supervision.Status.UNKNOWN, s.status());
        assertEquals("config/test.exs", s.configuredAt().file());
        assertEquals(2, s.configuredAt().line());
        assertTrue(s.why().contains("an entry read from the configuration ({config.module, config.init_args} at "
                + "lib/a.ex:5), which may start it"), s.why());
        // being the only such entry does not make it the one: logflare's PostgresStrategy is named in the libcluster
        // topologies, and sensocto's RepoReplicator in a Logger level, beside one unrelated config-read entry
        assertNull(p.supervision("MyApp.Orphan").configuredAt(), "not named in config: still not known");
    }

    @Test
    void aSpecThatStartsAnotherModuleAndAHordeStartChildStartThatModule() {
        // smartcitiesdata's Reaper.Cache: its child_spec starts Reaper.Cache.Server, started under Horde.
        ProjectFacts p = SupervisionSources.link(dir, "a", app("[{Horde.DynamicSupervisor, name: MyApp.Horde, "
                + "strategy: :one_for_one}, {MyApp.ListedCache, name: :listed}]") + """
                defmodule MyApp.Cache do
                  def child_spec(opts) do
                    %{id: opts[:name], start: {MyApp.Cache.Server, :start_link, [[name: opts[:name]]]}}
                  end
                end
                defmodule MyApp.ListedCache do
                  def child_spec(opts), do: %{id: :c, start: {MyApp.Listed.Server, :start_link, [opts]}}
                end
                defmodule MyApp.Extract do
                  def go(id), do: Horde.DynamicSupervisor.start_child(MyApp.Horde, {MyApp.Cache, name: id})
                end
                """ + worker("MyApp.Cache.Server") + worker("MyApp.Listed.Server"));
        Supervision d = p.supervision("MyApp.Cache.Server");
        assertEquals(Supervision.Status.DYNAMIC, d.status(), d.why());
        assertEquals("MyApp.Horde", d.parent());
        Supervision l = p.supervision("MyApp.Listed.Server");
        assertEquals(Supervision.Status.STATIC, l.status(), l.why());
        assertEquals("MyApp.Application", l.parent());
    }
    @Test
    void aChildSpecDelegatedToAnotherModuleStartsThatModule() {
        // logflare's Backends: `defdelegate child_spec(arg), to: __MODULE__.Supervisor`, listed as Logflare.Backends
        // in the application's children; its test read Backends.Supervisor's children as not running.
        ProjectFacts p = SupervisionSources.link(dir, "a", app("[MyApp.Backends]") + """
                defmodule MyApp.Backends do
                  defdelegate child_spec(arg), to: __MODULE__.Supervisor
                  def list, do: []
                end
                defmodule MyApp.Backends.Supervisor do
                  use Supervisor
                  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)
                  def init(_), do: Supervisor.init([], strategy: :one_for_one)
                end
                """);
        Supervision s = p.supervision("MyApp.Backends.Supervisor");
        assertEquals(Supervision.Status.STATIC, s.status(), s.why());
        assertEquals("MyApp.Application", s.parent());
        // the tree goes on below it: what the tests' running application runs
        java.util.List<String> drawn = new java.util.ArrayList<>();
        p.trees().values().forEach(roots -> roots.forEach(r -> r.forEach(n -> drawn.add(n.module()))));
        assertTrue(drawn.contains("MyApp.Backends.Supervisor"), drawn.toString());
    }

    @Test
    void aSupervisorRunningOneOfItsOwnFunctionsIsNotItsOwnChild() {
        // phoenix's Endpoint.Supervisor lists %{id: :warmup, start: {__MODULE__, :warmup, [mod]}}: the report said
        // "a static child of Phoenix.Endpoint.Supervisor" of that supervisor itself
        ProjectFacts p = SupervisionSources.link(dir, "a", """
                defmodule MyApp.EndpointSup do
                  use Supervisor
                  def start_link(mod), do: Supervisor.start_link(__MODULE__, mod)
                  def init(mod) do
                    children = [MyApp.Config, %{id: :warmup, start: {__MODULE__, :warmup, [mod]}}]
                    Supervisor.init(children, strategy: :one_for_one)
                  end
                  def warmup(_mod), do: :ignore
                end
                """ + worker("MyApp.Config"));
        Supervision s = p.supervision("MyApp.EndpointSup");
        assertTrue(s.status() != Supervision.Status.STATIC || !"MyApp.EndpointSup".equals(s.parent()), s.why());
        java.util.List<String> drawn = new java.util.ArrayList<>();
        p.trees().values().forEach(roots -> roots.forEach(r -> r.forEach(n -> {
            if (n.module() != null) {
                drawn.add(n.module());
            }
        })));
        assertTrue(drawn.stream().filter("MyApp.EndpointSup"::equals).count() <= 1, drawn.toString());
    }

    @Test
    void aSupervisorAProjectMacroGeneratesStartsTheModuleItIsNamedAfter() {
        // blockscout: `use Indexer.Fetcher` defines Module.concat(fetcher, Supervisor), listed as
        // {Withdrawal.Supervisor, [...]} in Indexer.Supervisor; Indexer.Fetcher.Withdrawal is defined, its
        // Supervisor is not.
        ProjectFacts p = SupervisionSources.link(dir, "a", app("[{MyApp.Fetcher.Withdrawal.Supervisor, [[a: 1]]}]") + """
                defmodule MyApp.Fetcher do
                  defmacro __using__(_opts) do
                    quote do
                      defmodule Module.concat(__MODULE__, Supervisor) do
                        use Supervisor
                      end
                    end
                  end
                end
                defmodule MyApp.Fetcher.Withdrawal do
                  use GenServer
                  use MyApp.Fetcher
                  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
                  def init(arg), do: {:ok, arg}
                end
                """);
        Supervision s = p.supervision("MyApp.Fetcher.Withdrawal");
        assertEquals(Supervision.Status.STATIC, s.status(), s.why());
        assertEquals("MyApp.Fetcher.Withdrawal.Supervisor", s.parent());
        assertTrue(s.why().contains("a supervisor its use MyApp.Fetcher line defines, listed in the children of "
                + "MyApp.Application"), s.why());
        assertEquals(Supervision.Status.UNKNOWN, SupervisionSources.link(dir, "a", app("[]")
                + worker("MyApp.Fetcher.Other")).supervision("MyApp.Fetcher.Other").status());
    }
}
