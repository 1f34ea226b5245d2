package io.github.otpadvisor.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts through another module's code, shaped as the real ones readers found (issue 11). */
class IndirectStartsTest {
    @TempDir
    Path dir;

    private static final String APP = """
            defmodule MyApp.Application do
              use Application
              def start(_type, _args) do
                children = [MyApp.Manager, MyApp.AssignerMonitor, extra_children()]
                Supervisor.start_link(children, strategy: :one_for_one)
              end
              defp extra_children, do: Application.get_env(:my_app, :extra)
            end
            """;

    @Test
    void aBehaviourStartedInsideAnotherModulesStartLinkSitsWhereThatModuleDoes() {
        // electric: ReplicationClient.start_link/1 calls ReplicationConnection.start_link/3.
        ProjectFacts p = SupervisionSources.link(dir, "app", APP + """
                defmodule MyApp.Connection do
                  @behaviour :gen_statem
                  def start_link(module, arg, opts), do: :gen_statem.start_link(__MODULE__, {module, arg}, opts)
                  def callback_mode, do: :handle_event_function
                  def init({module, arg}), do: {:ok, :no_state, {module, arg}}
                  def handle_event(_type, _content, _s, data), do: {:keep_state, data}
                end
                defmodule MyApp.Client do
                  use GenServer
                  def start_link(opts), do: MyApp.Connection.start_link(__MODULE__, opts, [])
                  def child_spec(opts), do: %{id: __MODULE__, start: {__MODULE__, :start_link, [opts]}}
                  def init(x), do: {:ok, x}
                end
                defmodule MyApp.Manager do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
                  def init(opts), do: {:ok, opts}
                end
                defmodule MyApp.Sup do
                  use Supervisor
                  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)
                  def init(_), do: Supervisor.init([MyApp.Client], strategy: :one_for_one)
                end
                """);
        Supervision s = p.supervision("MyApp.Connection");
        assertEquals(p.supervision("MyApp.Client").status(), s.status(), s.toString());
        assertTrue(s.through().startsWith("MyApp.Client.start_link/1 (lib/app.ex:"), s.toString());
        assertNull(s.restartedBy());
    }

    @Test
    void aBehaviourStartedThroughAPlainModuleFromAProcessCallbackIsLinkedToThatProcess() {
        // electric: Connection.Manager.handle_continue/2 calls ReplicationClient.start_link/1 (no process module).
        ProjectFacts p = SupervisionSources.link(dir, "app", APP + """
                defmodule MyApp.Connection do
                  @behaviour :gen_statem
                  def start_link(module, arg, opts), do: :gen_statem.start_link(__MODULE__, {module, arg}, opts)
                  def callback_mode, do: :handle_event_function
                  def init({module, arg}), do: {:ok, :no_state, {module, arg}}
                  def handle_event(_type, _content, _s, data), do: {:keep_state, data}
                end
                defmodule MyApp.Client do
                  def start_link(opts), do: MyApp.Connection.start_link(__MODULE__, opts, [])
                end
                defmodule MyApp.Manager do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
                  def init(opts), do: {:ok, opts, {:continue, :connect}}
                  def handle_continue(:connect, state) do
                    {:ok, pid} = MyApp.Client.start_link(state)
                    {:noreply, Map.put(state, :client, pid)}
                  end
                end
                """);
        Supervision s = p.supervision("MyApp.Connection");
        assertEquals(Supervision.Status.NONE, s.status(), s.toString());
        assertTrue(s.why().contains("MyApp.Manager.handle_continue/2") && s.why().contains("linked to MyApp.Manager"),
                s.why());
    }

    @Test
    void aProcessThatMonitorsItAndStartsItOnDownIsItsRestart() {
        // reticulum: RoomAssignerMonitor starts RoomAssigner in ensure_assigner_process/0 and again on :DOWN.
        ProjectFacts p = SupervisionSources.link(dir, "app", APP + """
                defmodule MyApp.Manager do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
                  def init(opts), do: {:ok, opts}
                end
                defmodule MyApp.Assigner do
                  use GenServer
                  def init(_), do: {:ok, nil}
                  def handle_call(:host, _from, s), do: {:reply, :host, s}
                end
                defmodule MyApp.AssignerMonitor do
                  use GenServer
                  def start_link(_arg), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)
                  def init(_arg), do: {:ok, ensure_assigner()}
                  def handle_info({:DOWN, _, :process, _pid, _reason}, _pid2), do: {:noreply, ensure_assigner()}
                  defp ensure_assigner do
                    {:ok, pid} = GenServer.start_link(MyApp.Assigner, [], name: {:global, MyApp.Assigner})
                    Process.monitor(pid)
                    pid
                  end
                end
                """);
        Supervision s = p.supervision("MyApp.Assigner");
        assertEquals(Supervision.Status.NONE, s.status(), s.toString());
        assertTrue(s.restartedBy().startsWith("MyApp.AssignerMonitor monitors it and starts it again: its "
                + "handle_info on {:DOWN, ...} (lib/app.ex:"), s.restartedBy());
        assertTrue(s.restartedBy().contains("calls ensure_assigner/0"), s.restartedBy());
    }

    @Test
    void aStartFunctionOfItsOwnIsWhereItSitsEvenWhenTheTreeHasAnUnresolvedPart() {
        // credo: ExecutionIssues.start_server/1 runs GenServer.start_link; it has no start_link a children entry calls.
        ProjectFacts p = SupervisionSources.link(dir, "app", APP + """
                defmodule MyApp.Manager do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
                  def init(opts), do: {:ok, opts}
                end
                defmodule MyApp.Issues do
                  use GenServer
                  def start_server(exec) do
                    {:ok, pid} = GenServer.start_link(__MODULE__, [])
                    Map.put(exec, :issues_pid, pid)
                  end
                  def init(_), do: {:ok, %{}}
                  def handle_call(:all, _from, s), do: {:reply, s, s}
                end
                defmodule MyApp.Listed do
                  use GenServer
                  def start_server(exec) do
                    {:ok, pid} = GenServer.start_link(__MODULE__, [])
                    Map.put(exec, :pid, pid)
                  end
                  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
                  def init(_), do: {:ok, %{}}
                end
                """);
        Supervision issues = p.supervision("MyApp.Issues");
        assertEquals(Supervision.Status.NONE, issues.status(), issues.toString());
        assertTrue(issues.why().startsWith("started by GenServer.start_link in MyApp.Issues.start_server/1"),
                issues.why());
        // With a start_link/1, the unresolved entry may list it: not known.
        assertEquals(Supervision.Status.UNKNOWN, p.supervision("MyApp.Listed").status());
    }

    @Test
    void aModuleImplementingABehaviourWhoseChildSpecStartsTheGivenModuleSitsWhereThatBehaviourIsListed() {
        // oban: {Peer, conf: conf} in Oban's children; Oban.Peer.child_spec/1 starts the configured peer module.
        ProjectFacts p = SupervisionSources.link(dir, "app", APP + """
                defmodule MyApp.Manager do
                  use Supervisor
                  def start_link(conf), do: Supervisor.start_link(__MODULE__, conf)
                  def init(conf), do: Supervisor.init([{MyApp.Peer, conf: conf}], strategy: :one_for_one)
                end
                defmodule MyApp.Peer do
                  @callback leader?(term()) :: boolean()
                  def child_spec(opts) do
                    %{peer: {peer, peer_opts}} = Keyword.fetch!(opts, :conf)
                    %{id: peer, start: {peer, :start_link, [Keyword.merge(opts, peer_opts)]}}
                  end
                end
                defmodule MyApp.Peers.Database do
                  @behaviour MyApp.Peer
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: opts[:name])
                  def init(opts), do: {:ok, opts}
                  def leader?(pid), do: GenServer.call(pid, :leader?)
                  def handle_call(:leader?, _from, s), do: {:reply, true, s}
                end
                """);
        Supervision s = p.supervision("MyApp.Peers.Database");
        assertEquals(Supervision.Status.STATIC, s.status(), s.toString());
        assertEquals("MyApp.Manager", s.parent());
        assertTrue(s.through().startsWith("MyApp.Peer.child_spec/1 (lib/app.ex:"), s.through());
        assertTrue(s.through().contains("chosen at run time"), s.through());
    }

    @Test
    void aStartInsideAStartFunctionOfAModuleNothingStartsSitsWhereverThatModuleIsStarted() {
        // elixir: Registry.start_link/1 calls Registry.Supervisor.start_link/6; nothing in the repo starts Registry.
        ProjectFacts p = SupervisionSources.link(dir, "app", APP + """
                defmodule MyApp.Manager do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
                  def init(opts), do: {:ok, opts}
                end
                defmodule MyApp.Registry do
                  def start_link(opts), do: MyApp.Registry.Supervisor.start_link(:unique, opts[:name], 1)
                end
                defmodule MyApp.Registry.Supervisor do
                  use Supervisor
                  def start_link(kind, name, partitions), do: Supervisor.start_link(__MODULE__, {kind, name, partitions})
                  def init(_), do: Supervisor.init([], strategy: :one_for_one)
                end
                """);
        Supervision s = p.supervision("MyApp.Registry.Supervisor");
        assertEquals(Supervision.Status.UNKNOWN, s.status(), s.toString());
        assertTrue(s.through().startsWith("MyApp.Registry.start_link/1 (lib/app.ex:"), s.toString());
        assertTrue(s.why().endsWith("it sits wherever MyApp.Registry is started, which the scanned files do not show"),
                s.why());
    }

    @Test
    void aStartInsideTheStartLinkOfAListedModuleSitsWhereThatEntryIs() {
        // ockam: Ockam.Router (no process of its own) is in the application's children; its start_link starts
        // Router.Storage, an Agent.
        ProjectFacts p = SupervisionSources.link(dir, "app", """
                defmodule MyApp.Application do
                  use Application
                  def start(_type, _args) do
                    children = [MyApp.Router]
                    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
                  end
                end
                defmodule MyApp.Router do
                  def child_spec(options), do: %{id: __MODULE__, start: {__MODULE__, :start_link, [options]}}
                  def start_link(options), do: MyApp.Router.Storage.start_link(options)
                end
                defmodule MyApp.Router.Storage do
                  def start_link(_options), do: Agent.start_link(fn -> %{} end, name: __MODULE__)
                  def get(key), do: Agent.get(__MODULE__, &Map.get(&1, key))
                end
                """);
        Supervision s = p.supervision("MyApp.Router.Storage");
        assertEquals(Supervision.Status.STATIC, s.status(), s.toString());
        assertEquals("MyApp.Application", s.parent(), s.toString());
        assertTrue(s.why().contains("which MyApp.Router's entry in the children of MyApp.Application runs"), s.why());
    }

    @Test
    void aBackendReadFromTheConfigurationWithADefaultIsThatDefaultWhereItIsCalled() {
        // mobile_app_backend: LastFreshStore.start_link calls Application.get_env(:app, LastFreshStore, Impl).start_link
        ProjectFacts p = SupervisionSources.link(dir, "app", """
                defmodule MyApp.Application do
                  use Application
                  def start(_type, _args) do
                    children = [MyApp.LastFresh]
                    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
                  end
                end
                defmodule MyApp.LastFresh do
                  use GenServer
                  def start_link(opts \\\\ []) do
                    Application.get_env(:my_app, MyApp.LastFresh, MyApp.LastFresh.Impl).start_link(opts)
                  end
                  def init(opts), do: Application.get_env(:my_app, MyApp.LastFresh, MyApp.LastFresh.Impl).init(opts)
                end
                defmodule MyApp.LastFresh.Impl do
                  use GenServer
                  def start_link(opts \\\\ []), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
                  def init(opts), do: {:ok, Keyword.get(opts, :now, DateTime.utc_now())}
                  def handle_call(:get, _from, state), do: {:reply, state, state}
                end
                """);
        Supervision s = p.supervision("MyApp.LastFresh.Impl");
        assertEquals(Supervision.Status.STATIC, s.status(), s.toString());
        assertTrue(s.why().startsWith("started by MyApp.LastFresh.start_link/"), s.why());
    }

    @Test
    void anUnknownStartNamesTheModulesWhoseCodeNamesIt() {
        // logflare: Adaptor.child_spec/2 returns %{start: {AdaptorSupervisor, :start_link, [{source, backend}]}}.
        ProjectFacts p = SupervisionSources.link(dir, "app", APP + """
                defmodule MyApp.Manager do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
                  def init(opts), do: {:ok, opts}
                end
                defmodule MyApp.AdaptorSupervisor do
                  use Supervisor
                  def start_link({source, backend} = opts), do: Supervisor.start_link(__MODULE__, opts)
                  def init(_), do: Supervisor.init([], strategy: :one_for_one)
                end
                defmodule MyApp.Adaptor do
                  def child_spec(source, backend) do
                    %{id: {source, backend}, start: {MyApp.AdaptorSupervisor, :start_link, [{source, backend}]}}
                  end
                end
                """);
        Supervision s = p.supervision("MyApp.AdaptorSupervisor");
        assertEquals(Supervision.Status.UNKNOWN, s.status(), s.toString());
        assertTrue(s.why().contains("named in MyApp.Adaptor (lib/app.ex:"), s.why());
    }
    /**
     * gristle's Boss.System starts {@code Module.concat(module, System)} for each module of a node's list: a
     * supervisor named so that nothing else starts is said to be possibly that start, not "nothing starts it" (a
     * reader of Peripherals.Gpio.System). A module of that name in another Mix project is not.
     */
    @Test
    void aModuleAConcatOfItsSuffixMayBuildIsNamedWithThatStart() {
        ProjectFacts p = SupervisionSources.link(dir, "app", """
                defmodule MyApp.Application do
                  use Application
                  def start(_type, _args), do: Supervisor.start_link([MyApp.Boss], strategy: :one_for_one)
                end
                defmodule MyApp.Boss do
                  use DynamicSupervisor
                  def start_link(_), do: DynamicSupervisor.start_link(__MODULE__, nil, name: __MODULE__)
                  def init(_), do: DynamicSupervisor.init(strategy: :one_for_one)
                  def start_module(module, config) do
                    DynamicSupervisor.start_child(__MODULE__, %{id: module, start: {Module.concat(module, System), :start_link, [config]}})
                  end
                end
                defmodule MyApp.Gpio.System do
                  use Supervisor
                  def start_link(config), do: Supervisor.start_link(__MODULE__, config, name: __MODULE__)
                  def init(config), do: Supervisor.init([], strategy: :one_for_one)
                end
                """);
        Supervision s = p.supervision("MyApp.Gpio.System");
        assertEquals(Supervision.Status.UNKNOWN, s.status(), s.toString());
        assertTrue(s.why().startsWith("MyApp.Boss builds module names that end as this one's (Module.concat(_, System) at"
                + " lib/app.ex:"), s.why());
        assertTrue(s.why().endsWith("starts a child whose spec is computed at run time, which may be it"), s.why());
    }
}
