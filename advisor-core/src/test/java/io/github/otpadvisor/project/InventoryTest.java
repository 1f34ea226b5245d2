package io.github.otpadvisor.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.LibraryProcess;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.extract.FileFactsExtractor;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The process inventory (RULEBOOK §1): process modules, library processes and test code, linked project-wide. */
class InventoryTest {
    private static FileFacts file(String path, String source) {
        return FileFactsExtractor.extractSource(path, "app", source);
    }

    private static ProjectFacts project(FileFacts... files) {
        return ProjectFacts.link(List.of(files));
    }

    private static Map<String, Abstraction> kinds(ProjectFacts p) {
        return p.processModules().stream().collect(Collectors.toMap(ProcessModule::name, ProcessModule::abstraction));
    }

    @Test
    void genStateMachineAndGenStatemModulesWithTheirStartsNamesAndCalls() {
        FileFacts f = file("lib/door.ex", """
                defmodule MyApp.Door do
                  use GenStateMachine, callback_mode: :state_functions
                  def start_link(code), do: GenStateMachine.start_link(__MODULE__, code, name: __MODULE__)
                  def open, do: GenStateMachine.call(__MODULE__, :open)
                  def knock, do: GenStateMachine.cast(__MODULE__, :knock)
                end
                defmodule MyApp.Lock do
                  @behaviour :gen_statem
                  def start(n), do: :gen_statem.start({:local, :lock}, __MODULE__, n, [])
                  def push, do: :gen_statem.call(:lock, :push)
                end
                """);
        ProjectFacts p = project(f);
        assertEquals(Map.of("MyApp.Door", Abstraction.GEN_STATEM, "MyApp.Lock", Abstraction.GEN_STATEM), kinds(p));
        StartSite door = f.startSites().get(0);
        assertEquals(StartSite.Kind.GEN_STATEM_START, door.kind());
        assertEquals("MyApp.Door", door.startedModule());
        assertEquals("MyApp.Door", door.name().module());
        assertTrue(door.linked());
        StartSite lock = f.startSites().get(1);
        assertEquals("MyApp.Lock", lock.startedModule());
        assertTrue(lock.name().text().contains("lock"), lock.name().text());
        assertEquals(List.of(MessageSend.Kind.GEN_STATE_MACHINE_CALL, MessageSend.Kind.GEN_STATE_MACHINE_CAST,
                MessageSend.Kind.GEN_STATEM_CALL), f.sends().stream().map(MessageSend::kind).toList());
        assertTrue(f.sends().stream().allMatch(s -> s.kind().genStatem()));
        assertEquals(2, p.processModule("MyApp.Door").orElseThrow().sendsToIt().size());
    }

    @Test
    void modulesInTopLevelConditionalsAreCollectedExceptDevOnlyOnes() {
        FileFacts f = file("lib/optional.ex", """
                if Code.ensure_loaded?(Redix) do
                  defmodule MyApp.RedisCache do
                    use GenServer
                  end
                end
                unless Code.ensure_loaded?(Redix) do
                  defmodule MyApp.NoCache, do: use(Agent)
                end
                case Application.compile_env(:app, :store) do
                  :ets -> defmodule MyApp.EtsStore, do: use(Supervisor)
                  _ -> nil
                end
                if Mix.env() == :dev do
                  defmodule MyApp.DevReloader do
                    use GenServer
                  end
                end
                """);
        assertEquals(List.of("MyApp.RedisCache", "MyApp.NoCache", "MyApp.EtsStore"),
                f.modules().stream().map(ModuleFacts::name).toList());
        assertEquals(Abstraction.AGENT, f.modules().get(1).abstraction());
    }

    @Test
    void defimplBodiesBelongToProtocolDotType() {
        FileFacts f = file("lib/impls.ex", """
                defimpl String.Chars, for: MyApp.Money do
                  def to_string(m), do: Task.async(fn -> m end)
                end
                defmodule MyApp.Point do
                  defstruct [:x]
                  defimpl Inspect do
                    def inspect(p, _opts), do: spawn(fn -> p end)
                  end
                end
                """);
        assertEquals(List.of("String.Chars.MyApp.Money", "MyApp.Point", "Inspect.MyApp.Point"),
                f.modules().stream().map(ModuleFacts::name).toList());
        assertEquals(List.of("String.Chars.MyApp.Money", "Inspect.MyApp.Point"),
                f.startSites().stream().map(StartSite::module).toList());
        assertEquals("to_string/1", f.startSites().get(0).function());
    }

    @Test
    void projectUsingMacrosMakeTheirUsersProcessModules() {
        FileFacts macros = file("lib/my_app/server.ex", """
                defmodule MyApp.Server do
                  defmacro __using__(opts) do
                    quote do
                      use GenServer, unquote(opts)
                      def child_spec(arg), do: super(arg)
                    end
                  end
                end
                defmodule MyApp.Worker do
                  defmacro __using__(_), do: quote(do: use(MyApp.Server))
                end
                defmodule MyApp.Plain do
                  defmacro __using__(_), do: quote(do: import(Enum))
                end
                """);
        FileFacts users = file("lib/my_app/users.ex", """
                defmodule MyApp.Cache do
                  use MyApp.Server
                  def init(s), do: {:ok, s}
                  def handle_call(:get, _from, s), do: {:reply, s, s}
                end
                defmodule MyApp.Job do
                  use MyApp.Worker
                end
                defmodule MyApp.Helpers do
                  use MyApp.Plain
                end
                """);
        ProjectFacts p = project(macros, users);
        assertEquals(Map.of("MyApp.Cache", Abstraction.GENSERVER, "MyApp.Job", Abstraction.GENSERVER), kinds(p));
        ProcessModule cache = p.processModule("MyApp.Cache").orElseThrow();
        String why = cache.facts().abstractionEvidence().toString();
        assertTrue(why.startsWith("lib/my_app/users.ex:2:"), why);
        assertTrue(why.contains("use GenServer") && why.contains("lib/my_app/server.ex:4"), why);
        assertEquals(1, cache.facts().clauses("handle_call").size(), "callbacks are summarized for linking");
        assertTrue(p.processModule("MyApp.Job").orElseThrow().facts().abstractionEvidence().text()
                .contains("lib/my_app/server.ex:4"), "followed through MyApp.Worker's own use");
    }

    @Test
    void callbacksAMacroQuoteDefinesAreItsUsersCallbacks() {
        FileFacts macro = file("lib/my_app/migration.ex", """
                defmodule MyApp.Migration do
                  defmacro __using__(_opts) do
                    quote do
                      use GenServer, restart: :transient
                      def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                      def init(_), do: {:ok, %{}, {:continue, :run}}
                      def handle_continue(:run, state), do: {:noreply, state}
                      def handle_info(:batch, state) do
                        Process.send_after(self(), :batch, 1000)
                        {:noreply, Map.update(state, :done, 1, &(&1 + 1))}
                      end
                    end
                  end
                end
                """);
        FileFacts user = file("lib/my_app/backfill.ex", """
                defmodule MyApp.Backfill do
                  use MyApp.Migration
                  def migration_name, do: "backfill"
                end
                """);
        ProjectFacts p = project(macro, user);
        assertEquals(Map.of("MyApp.Backfill", Abstraction.GENSERVER), kinds(p), "the macro module itself is none");
        ModuleFacts backfill = p.processModule("MyApp.Backfill").orElseThrow().facts();
        assertTrue(backfill.defines("init", 1) && backfill.defines("migration_name", 0));
        assertEquals(1, backfill.clauses("handle_info").size());
        assertTrue(backfill.init() != null);
        assertEquals(":transient", backfill.useOptions().get("restart"));
        assertTrue(backfill.signals().stream().anyMatch(s -> s.location().file().equals("lib/my_app/migration.ex")),
                "the quote's timer, with the macro's line as evidence");
        assertTrue(macro.startSites().isEmpty(), "the template's start sites are not the macro module's");
    }

    @Test
    void dispatchingWebMacroBranchesMakeLibraryProcessesAndProcessModules() {
        FileFacts web = file("lib/my_app_web.ex", """
                defmodule MyAppWeb do
                  def live_view do
                    quote do
                      use Phoenix.LiveView, layout: {MyAppWeb.Layouts, :app}
                    end
                  end
                  def stage do
                    quote do
                      use GenStage
                    end
                  end
                  def server do
                    quote do
                      use GenServer
                    end
                  end
                  defmacro __using__(which) when is_atom(which) do
                    apply(__MODULE__, which, [])
                  end
                end
                """);
        FileFacts users = file("lib/my_app_web/pages.ex", """
                defmodule MyAppWeb.PageLive do
                  use MyAppWeb, :live_view
                  def handle_info({ref, _}, socket), do: {:noreply, socket}
                end
                defmodule MyAppWeb.Producer do
                  use MyAppWeb, :stage
                end
                defmodule MyAppWeb.Pinger do
                  use MyAppWeb, :server
                end
                """);
        ProjectFacts p = project(web, users);
        assertEquals(Map.of("MyAppWeb.Pinger", Abstraction.GENSERVER), kinds(p));
        assertEquals(LibraryProcess.LIVE_VIEW, p.libraryProcess("MyAppWeb.PageLive").orElseThrow().kind());
        LibraryProcessModule producer = p.libraryProcess("MyAppWeb.Producer").orElseThrow();
        assertEquals(LibraryProcess.GEN_STAGE, producer.kind());
        assertTrue(producer.use().evidence().text().contains("lib/my_app_web.ex:9"), producer.use().evidence().text());
    }

    @Test
    void libraryProcessesAreInventoriedWithoutADecision() {
        FileFacts f = file("lib/libs.ex", """
                defmodule MyApp.Consumer, do: use(Broadway)
                defmodule MyApp.Presence do
                  @behaviour Phoenix.Tracker
                end
                defmodule MyApp.Socket, do: use(WebSockex)
                defmodule MyApp.Tcp do
                  @behaviour :ranch_protocol
                  def start_link(ref, t, opts), do: {:ok, :proc_lib.spawn_link(__MODULE__, :init, [{ref, t, opts}])}
                end
                defmodule MyApp.Raw do
                  def start_link, do: :proc_lib.start_link(__MODULE__, :init, [self()])
                end
                defmodule MyApp.Handler, do: use(ThousandIsland.Handler)
                defmodule MyApp.Ws do
                  @behaviour :cowboy_websocket
                end
                defmodule MyApp.RoomChannel, do: use(Phoenix.Channel)
                defmodule MyApp.Plain, do: def(f, do: 1)
                defmodule MyApp.Shell do
                  def start, do: :proc_lib.start(MyApp.Raw, :init, [self()])
                end
                """);
        ProjectFacts p = project(f);
        assertTrue(p.processModules().isEmpty(), "no decision of their own");
        Map<String, LibraryProcess> kinds = p.libraryProcesses().stream()
                .collect(Collectors.toMap(LibraryProcessModule::name, LibraryProcessModule::kind));
        assertEquals(Map.of("MyApp.Consumer", LibraryProcess.BROADWAY, "MyApp.Presence", LibraryProcess.TRACKER,
                "MyApp.Socket", LibraryProcess.WEBSOCKEX, "MyApp.Tcp", LibraryProcess.RANCH_PROTOCOL,
                "MyApp.Raw", LibraryProcess.PROC_LIB, "MyApp.Handler", LibraryProcess.THOUSAND_ISLAND_HANDLER,
                "MyApp.Ws", LibraryProcess.COWBOY_HANDLER, "MyApp.RoomChannel", LibraryProcess.CHANNEL), kinds);
        assertTrue(p.libraryProcess("MyApp.Plain").isEmpty());
        assertTrue(p.libraryProcess("MyApp.Shell").isEmpty(), "it starts another module's code, not its own");
    }

    @Test
    void testCodeIsATestInventoryNeverProductionProcessModules() {
        FileFacts prod = file("lib/my_app/cache.ex", "defmodule MyApp.Cache, do: use(Agent)\n");
        FileFacts support = file("test/support/fake_api.ex", "defmodule MyApp.FakeApi, do: use(GenServer)\n");
        FileFacts mock = file("test/support/mocks/api.ex", "defmodule ApiMock, do: use(GenServer)\n");
        FileFacts test = file("test/my_app/cache_test.exs", """
                defmodule MyApp.CacheTest do
                  use ExUnit.Case
                  defmodule Stub, do: use(Agent)
                end
                """);
        ProjectFacts p = project(prod, support, mock, test);
        assertEquals(Map.of("MyApp.Cache", Abstraction.AGENT), kinds(p));
        assertEquals(List.of("MyApp.FakeApi", "ApiMock", "MyApp.CacheTest", "MyApp.CacheTest.Stub"),
                p.testModules().stream().map(TestModule::name).toList());
        assertTrue(p.libraryProcesses().isEmpty());
        assertNull(p.processModule("ApiMock").orElse(null));
    }
}
