package io.github.otpadvisor.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.analysis.ModuleSummary;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recommendations that real applications showed wrong, each as the smallest code that shows it. */
class RealCodeRecommendationsTest {
    private static final String APP = """
            defmodule MyApp.Application do
              use Application
              def start(_type, _args) do
                Supervisor.start_link(CHILDREN, strategy: :one_for_one, name: MyApp.Supervisor)
              end
            end
            """;

    @TempDir
    Path root;

    private ModuleSummary module(String name, String children, String... files) throws IOException {
        Files.writeString(root.resolve("application.ex"), APP.replace("CHILDREN", children));
        for (int i = 0; i < files.length; i++) {
            Files.writeString(root.resolve("f" + i + ".ex"), files[i]);
        }
        return new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root)).modules().stream()
                .filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aServerDoingMoreThanGetOrUpdateUnderAPerEntityNameListedStaticallyStaysAGenServer() throws IOException {
        // trento's SumaAuth: a :global name built from the server name, listed once; :authenticate logs in over HTTP
        ModuleSummary m = module("MyApp.Auth", "[MyApp.Auth]", """
                defmodule MyApp.Auth do
                  use GenServer
                  def start_link(name \\\\ "default"), do: GenServer.start_link(__MODULE__, %{auth: nil}, name: {:global, {__MODULE__, name}})
                  def init(state), do: {:ok, state}
                  def handle_call(:authenticate, _from, state) do
                    case setup_auth(state) do
                      {:ok, new_state} -> {:reply, {:ok, new_state}, new_state}
                      {:error, _} = error -> {:reply, error, state}
                    end
                  end
                  def handle_call(:clear, _from, _state), do: {:reply, :ok, %{auth: nil}}
                  defp setup_auth(%{auth: nil} = state) do
                    with {:ok, settings} <- MyApp.Settings.get(),
                         {:ok, cookie} <- MyApp.Api.login(settings.url, settings.password) do
                      {:ok, %{state | auth: cookie}}
                    end
                  end
                  defp setup_auth(state), do: {:ok, state}
                end
                """);
        assertEquals(Pattern.GENSERVER, m.recommendation(), m.toString());
        assertEquals(Placement.STATIC_CHILD, m.placementRecommended(), m.toString());
        assertEquals(Verdict.FITS, m.verdict(), m.toString());
    }

    @Test
    void anUnnamedProcessItsCallerStartsPerRunGetsNoPlacementClaim() throws IOException {
        // credo's Execution* servers: started by Execution.build for each run, the pid kept in the run
        ModuleSummary m = module("MyApp.RunIssues", "[]", """
                defmodule MyApp.RunIssues do
                  use GenServer
                  def start_server(run) do
                    {:ok, pid} = GenServer.start_link(__MODULE__, [])
                    Map.put(run, :issues_pid, pid)
                  end
                  def get(run), do: GenServer.call(run.issues_pid, :get)
                  def put(run, issues), do: GenServer.cast(run.issues_pid, {:put, issues})
                  def init(_), do: {:ok, []}
                  def handle_call(:get, _from, state), do: {:reply, state, state}
                  def handle_cast({:put, issues}, _state), do: {:noreply, issues}
                end
                """, """
                defmodule MyApp.Run do
                  def build(argv), do: MyApp.RunIssues.start_server(%{argv: argv})
                end
                """);
        assertEquals(Pattern.AGENT, m.recommendation(), m.toString());
        assertTrue(m.processNeeded());
        assertNull(m.placementRecommended(), m.toString());
    }

    @Test
    void childrenAddedToARegularSupervisorByIdKeepThatForm() throws IOException {
        // Logger.Backends.Watcher: Supervisor.start_child/terminate_child/delete_child by id
        ModuleSummary m = module("MyApp.Watcher", "[{MyApp.Watcher, :console}, {Supervisor, name: MyApp.Backends, strategy: :one_for_one}]", """
                defmodule MyApp.Watcher do
                  use GenServer
                  def start_link(backend), do: GenServer.start_link(__MODULE__, backend)
                  def init(backend) do
                    ref = Process.monitor(MyApp.Events)
                    {:ok, %{backend: backend, ref: ref}}
                  end
                  def handle_info({:DOWN, ref, _, _, reason}, %{ref: ref} = state), do: {:stop, reason, state}
                end
                """, """
                defmodule MyApp.Backends do
                  def add(backend) do
                    Supervisor.start_child(MyApp.Backends, %{id: backend, start: {MyApp.Watcher, :start_link, [backend]}})
                  end
                  def remove(backend) do
                    Supervisor.terminate_child(MyApp.Backends, backend)
                    Supervisor.delete_child(MyApp.Backends, backend)
                  end
                end
                """);
        assertEquals(Pattern.GENSERVER, m.recommendation(), m.toString());
        assertEquals(Placement.STATIC_CHILD, m.placementRecommended(), m.toString());
    }

    @Test
    void aTemporaryBootHookKeepsItsPlaceEvenWhileEmpty() throws IOException {
        // pinchflat's PostJobStartupTasks: use GenServer, restart: :temporary, init/1 only, listed after Oban
        ModuleSummary m = module("MyApp.Boot.PostJobTasks", "[MyApp.Boot.PostJobTasks]", """
                defmodule MyApp.Boot.PostJobTasks do
                  use GenServer, restart: :temporary
                  def start_link(opts \\\\ []), do: GenServer.start_link(__MODULE__, %{}, opts)
                  def init(state) do
                    # nothing at the moment
                    {:ok, state}
                  end
                end
                """);
        assertEquals(Pattern.GENSERVER, m.recommendation(), m.toString());
        assertEquals(Verdict.FITS, m.verdict(), m.toString());
    }

    @Test
    void aShellWritingThroughBuntSerializesItsOutput() throws IOException {
        ModuleSummary m = module("MyApp.Shell", "[MyApp.Shell]", """
                defmodule MyApp.Shell do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, %{colors: true}, name: __MODULE__)
                  def puts(value), do: GenServer.call(__MODULE__, {:puts, value})
                  def init(state), do: {:ok, state}
                  def handle_call({:puts, value}, _from, state) do
                    do_puts(value)
                    {:reply, nil, state}
                  end
                  defp do_puts(value), do: Bunt.puts(value)
                end
                """);
        assertEquals(Pattern.GENSERVER, m.recommendation(), m.toString());
    }

    @Test
    void aDeprecatedPluginShimThatAStartContractStartsKeepsItsForm() throws IOException {
        // Oban.Plugins.Gossip: @behaviour Oban.Plugin, init/1 only returns :ignore; users still list it as a plugin
        ModuleSummary m = module("MyLib.Plugins.Gossip", "[]", """
                defmodule MyLib.Plugins.Gossip do
                  @behaviour MyLib.Plugin
                  use GenServer
                  @impl MyLib.Plugin
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: opts[:name])
                  @impl GenServer
                  def init(_opts), do: :ignore
                end
                """);
        assertEquals(Pattern.GENSERVER, m.recommendation(), m.toString());
    }

    @Test
    void aTaskRunningOneOfItsFunctionsDoesNotStartTheServer() throws IOException {
        // blockscout's BufferedTask: Task.Supervisor.async_nolink(sup, __MODULE__, :log_run, [...]) in a GenServer
        ModuleSummary m = module("MyApp.Buffered", "[{Task.Supervisor, name: MyApp.TaskSupervisor}, MyApp.Buffered]", """
                defmodule MyApp.Buffered do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, %{queue: []}, name: __MODULE__)
                  def push(x), do: GenServer.cast(__MODULE__, {:push, x})
                  def init(state) do
                    Process.send_after(self(), :flush, 1_000)
                    {:ok, state}
                  end
                  def handle_cast({:push, x}, state), do: {:noreply, %{state | queue: [x | state.queue]}}
                  def handle_info(:flush, state) do
                    Task.Supervisor.async_nolink(MyApp.TaskSupervisor, __MODULE__, :log_run, [state.queue])
                    Process.send_after(self(), :flush, 1_000)
                    {:noreply, %{state | queue: []}}
                  end
                  def handle_info(_, state), do: {:noreply, state}
                  def log_run(batch), do: Enum.each(batch, &IO.inspect/1)
                end
                """);
        assertEquals(Placement.STATIC_CHILD, m.placementToday(), m.toString());
        assertEquals(Verdict.FITS, m.verdict(), m.toString());
    }

    @Test
    void aProcessItsOwnerStartsInInitStaysTheOwnersChild() throws IOException {
        // next-ls's Logger: DynamicSupervisor.start_child from the language server's init, given the server's pid
        ModuleSummary m = module("MyApp.Logger", "[{DynamicSupervisor, name: MyApp.DynSup}, MyApp.Server]", """
                defmodule MyApp.Logger do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
                  def log(pid, msg), do: GenServer.cast(pid, {:log, msg})
                  def init(opts), do: {:ok, %{lsp: Keyword.fetch!(opts, :lsp)}}
                  def handle_cast({:log, msg}, state) do
                    send(state.lsp, {:log, msg})
                    {:noreply, state}
                  end
                end
                """, """
                defmodule MyApp.Server do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)
                  def init(_) do
                    {:ok, logger} = DynamicSupervisor.start_child(MyApp.DynSup, {MyApp.Logger, lsp: self()})
                    Process.send_after(self(), :tick, 1_000)
                    {:ok, %{logger: logger}}
                  end
                  def handle_info(:tick, state) do
                    MyApp.Logger.log(state.logger, :tick)
                    {:noreply, state}
                  end
                end
                """);
        assertEquals(Placement.DYNAMIC_SUPERVISOR_REGISTRY, m.placementRecommended(), m.toString());
    }

    @Test
    void aStoreThatCallsAConfiguredNotifierOnUpdateIsNoAgent() throws IOException {
        // skate's BlockWaiverStore: the :set cast diffs the waivers and calls a notifier read from the configuration
        ModuleSummary m = module("MyApp.WaiverStore", "[MyApp.WaiverStore]", """
                defmodule MyApp.WaiverStore do
                  use GenServer
                  defstruct waivers: %{}, never_set: true
                  def start_link(_), do: GenServer.start_link(__MODULE__, %__MODULE__{}, name: __MODULE__)
                  def get(key), do: GenServer.call(__MODULE__, {:get, key})
                  def set(waivers), do: GenServer.cast(__MODULE__, {:set, waivers})
                  def init(state), do: {:ok, state}
                  def handle_call({:get, key}, _from, state), do: {:reply, Map.get(state.waivers, key, []), state}
                  def handle_cast({:set, waivers}, state) do
                    notify = Application.get_env(:my_app, :new_waivers_fn, &MyApp.Notifications.new_waivers/1)
                    notify.(Map.drop(waivers, Map.keys(state.waivers)))
                    {:noreply, %__MODULE__{state | waivers: waivers, never_set: false}}
                  end
                end
                """);
        assertEquals(Pattern.GENSERVER, m.recommendation(), m.toString());
    }

    @Test
    void aServerOverAPluggableImplementationIsNoAgent() throws IOException {
        // erlangelist's Buffer.Server: every operation goes through the buffer module held in the state
        ModuleSummary m = module("MyApp.Buffer", "[]", """
                defmodule MyApp.Buffer do
                  use GenServer
                  def start_link(mod, size), do: GenServer.start_link(__MODULE__, {mod, size})
                  def push(pid, item), do: GenServer.call(pid, {:push, item})
                  def init({mod, size}), do: {:ok, %{mod: mod, buffer: mod.new(size)}}
                  def handle_call({:push, item}, _from, state), do: {:reply, :ok, %{state | buffer: state.mod.push(state.buffer, item)}}
                end
                """, """
                defmodule MyApp.Bench do
                  def run(mod), do: MyApp.Buffer.start_link(mod, 100)
                end
                """);
        assertEquals(Pattern.GENSERVER, m.recommendation(), m.toString());
    }
}
