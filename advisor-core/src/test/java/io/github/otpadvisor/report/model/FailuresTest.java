package io.github.otpadvisor.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.AnalysisResult;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.scan.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "What a crash costs": each claim from the module's own code and the child entry that starts it. */
class FailuresTest {
    @TempDir
    Path root;

    private static final String APP = """
            defmodule Shop.Application do
              use Application

              def start(_type, _args) do
                children = [
                  %CHILDREN%
                ]

                Supervisor.start_link(children, strategy: %STRATEGY%, name: Shop.Supervisor)
              end
            end
            """;

    private Map<String, FailureClaim> claims(String module, String strategy, String children, String... files)
            throws IOException {
        Files.writeString(root.resolve("mix.exs"), "defmodule Shop.MixProject do\n  use Mix.Project\n"
                + "  def project, do: [app: :shop]\nend\n");
        Files.createDirectories(root.resolve("lib"));
        Files.writeString(root.resolve("lib/application.ex"),
                APP.replace("%CHILDREN%", children).replace("%STRATEGY%", strategy));
        for (int i = 0; i < files.length; i++) {
            Files.writeString(root.resolve("lib/m" + i + ".ex"), files[i]);
        }
        AnalysisResult r = new Analyzer(AnalysisOptions.defaults())
                .analyze(new ScanRequest(List.of(root), List.of(), List.of()));
        Assessment a = r.assessments().all().stream().filter(x -> x.name().equals(module)).findFirst().orElseThrow();
        List<FailureClaim> list = Failures.of(a, r.project());
        list.forEach(c -> assertFalse(c.evidence().isEmpty(), c.topic() + " has evidence"));
        return list.stream().collect(Collectors.toMap(c -> c.topic() + (c.topic().equals("State lost")
                ? "#" + list.stream().filter(x -> x.topic().equals("State lost")).toList().indexOf(c) : ""),
                c -> c, (x, y) -> x));
    }

    private static final String CACHE = """
            defmodule Shop.Cache do
              use GenServer, restart: :transient, shutdown: 10_000

              def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
              def get(key), do: GenServer.call(__MODULE__, {:get, key})

              @impl true
              def init(_opts) do
                Process.flag(:trap_exit, true)
                rows = Shop.Repo.all(Shop.Item)
                {:ok, Map.new(rows, &{&1.id, &1})}
              end

              @impl true
              def handle_call({:get, key}, _from, state), do: {:reply, Map.get(state, key), state}

              @impl true
              def terminate(_reason, _state), do: :ok
            end
            """;

    @Test
    void useOptionsGiveTheRestartAndShutdownAndInitTheSource() throws IOException {
        Map<String, FailureClaim> c = claims("Shop.Cache", ":one_for_one", "Shop.Cache", CACHE);
        assertTrue(c.get("Restart").text().startsWith(":transient (its use line)"), c.get("Restart").text());
        assertTrue(c.get("Restart").evidence().contains("lib/m0.ex:2"), c.get("Restart").evidence().toString());
        assertTrue(c.get("State lost#0").text().contains("reading the database"), c.get("State lost#0").text());
        assertTrue(c.get("Shutdown").text().contains("waits up to 10000 ms for terminate/2"), c.get("Shutdown").text());
        assertEquals(List.of("lib/m0.ex:9", "lib/m0.ex:18"), c.get("Shutdown").evidence());
        assertTrue(c.get("Ordering").text().startsWith("Child 1 of 1 of Shop.Application"), c.get("Ordering").text());
    }

    /**
     * gamend's AdminLogBuffer (read cold at the thirteenth stop): its readers go through a private helper that rescues
     * the missing table's ArgumentError, and its writer checks the table first; "readers get ArgumentError" was false.
     */
    @Test
    void readersGuardedThroughAHelperOrAWhereisCheckAreNotSaidToRaise() throws IOException {
        Map<String, FailureClaim> c = claims("Shop.Buffer", ":one_for_one", "Shop.Buffer", """
                defmodule Shop.Buffer do
                  use GenServer
                  @table :shop_buffer

                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

                  def put(entry) do
                    if :ets.whereis(@table) != :undefined do
                      :ets.insert(@table, {System.unique_integer([:monotonic]), entry})
                    end
                    :ok
                  end

                  def list, do: entries()

                  @impl true
                  def init(state) do
                    :ets.new(@table, [:named_table, :public, :ordered_set])
                    {:ok, state}
                  end

                  defp entries do
                    :ets.tab2list(@table)
                  rescue
                    ArgumentError -> []
                  end
                end
                """);
        String table = c.get("State lost#1").text();
        assertFalse(table.contains("get ArgumentError"), table);
        assertTrue(table.contains("rescue the error or check the table first, and return a default"), table);
        assertTrue(table.contains("list/0"), table);
    }

    /**
     * ElixirTorrent's Acceptor: a plain module whose child_spec/1 starts {Supervisor, :start_link, [children, opts]};
     * its BlackList was "not known: no start in the scanned files".
     */
    @Test
    void aChildSpecStartingSupervisorStartLinkListsItsChildren() throws IOException {
        String acceptor = """
                defmodule Shop.Acceptor do
                  def child_spec(_) do
                    children = [Shop.BlackList, Shop.Other]
                    opts = [strategy: :one_for_all, max_restarts: 0]
                    %{id: __MODULE__, type: :supervisor, start: {Supervisor, :start_link, [children, opts]}}
                  end
                end
                """;
        String list = """
                defmodule Shop.BlackList do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                  def init(_), do: {:ok, MapSet.new()}
                end
                """;
        Map<String, FailureClaim> c = claims("Shop.BlackList", ":one_for_one", "Shop.Acceptor", acceptor, list,
                "defmodule Shop.Other do\n  use Agent\n  def start_link(_), do: Agent.start_link(fn -> 0 end)\nend\n");
        String order = c.get("Ordering").text();
        assertTrue(order.startsWith("Child 1 of 2 of the supervisor that Shop.Acceptor.child_spec/1 starts"), order);
        assertTrue(order.contains("Under :one_for_all with max_restarts: 0 a crash restarts nothing: the supervisor"
                + " stops, and all 2 of its children with it."), order);
    }

    /** Sue's Telegram.Supervisor: the report left out its own :rest_for_one and its 10 restarts in 60 s. */
    @Test
    void aSupervisorSaysHowItRestartsItsOwnChildren() throws IOException {
        String sup = """
                defmodule Shop.Bot do
                  use Supervisor
                  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)
                  def init(_) do
                    children = [Shop.Poller, Shop.Sender]
                    Supervisor.init(children, strategy: :rest_for_one, max_restarts: 10, max_seconds: 60)
                  end
                end
                """;
        String children = claims("Shop.Bot", ":one_for_one", "Shop.Bot", sup).get("Children").text();
        assertEquals("Its 2 children run under :rest_for_one: a crashed child restarts those listed after it too. More"
                + " than 10 restarts in 60 s (its max_restarts) stop it, and its own supervisor decides what follows.",
                children);
    }

    /** blockscout's Realtime.Supervisor: three children with a WebSocket transport, two without; not "Its 4". */
    @Test
    void aSupervisorWhoseChildrenDependOnABranchSaysSo() throws IOException {
        String sup = """
                defmodule Shop.Bot do
                  use Supervisor
                  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)
                  def init(opts) do
                    children =
                      case opts[:transport] do
                        :socket -> [Shop.Poller, Shop.Socket, Shop.Sender]
                        _ -> [Shop.Poller, Shop.Sender]
                      end
                    Supervisor.init(children, strategy: :rest_for_one)
                  end
                end
                """;
        String children = claims("Shop.Bot", ":one_for_one", "Shop.Bot", sup).get("Children").text();
        assertTrue(children.startsWith("Its children, which depend on the condition at lib/m0.ex:6 ("), children);
        assertTrue(children.contains(" entries across the branches), run under :rest_for_one"), children);
    }

    /** Mix.PubSub lists its Subscriber alone and start_listeners/0 adds a ListenerSupervisor: not "child 1 of 1". */
    @Test
    void childrenAddedAtRunTimeAreNamedBesideTheCount() throws IOException {
        String adder = """
                defmodule Shop.Listeners do
                  def start, do: Supervisor.start_child(Shop.Supervisor, {Task.Supervisor, name: Shop.Tasks})
                end
                """;
        String order = claims("Shop.Cache", ":one_for_one", "Shop.Cache", CACHE, adder).get("Ordering")
                .text();
        assertTrue(order.startsWith("Child 1 of 1 of Shop.Application (and those added with Supervisor.start_child at"
                + " lib/m1.ex:2"), order);
    }

    /**
     * sensocto's Session.Supervisor, wanderer's Telemetry: listed always, before the entries a condition adds; readers
     * called "its position and neighbours depend on the branch" wrong.
     */
    @Test
    void anEntryListedAlwaysBeforeTheConditionalOnesKeepsItsPlace() throws IOException {
        String sup = """
                defmodule Shop.Sessions do
                  use Supervisor
                  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)
                  def init(_) do
                    extra = if Application.get_env(:shop, :simulator, false), do: [Shop.Simulator], else: []
                    Supervisor.init([Shop.Other, Shop.Cache] ++ extra, strategy: :rest_for_one)
                  end
                end
                """;
        String order = claims("Shop.Cache", ":one_for_one", "Shop.Sessions", CACHE, sup,
                "defmodule Shop.Other do\n  use Agent\n  def start_link(_), do: Agent.start_link(fn -> 0 end)\nend\n")
                .get("Ordering").text();
        assertTrue(order.startsWith("Child 2 of Shop.Sessions in every branch: the entries that depend on the"
                + " condition at lib/m1.ex:"), order);
        assertTrue(order.contains("it starts after Shop.Other and stops before them"), order);
        assertFalse(order.contains("depend on the branch that runs"), order);
        // the entry a condition adds is not said to be in every branch
        String wrapped = """
                defmodule Shop.Busters do
                  use Supervisor
                  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)
                  def init(_) do
                    busters = if Application.get_env(:shop, :busters, true), do: [Shop.Cache]
                    Supervisor.init([Shop.Other] ++ List.wrap(busters), strategy: :one_for_one)
                  end
                end
                """;
        String conditional = claims("Shop.Cache", ":one_for_one", "Shop.Busters", CACHE, wrapped,
                "defmodule Shop.Other do\n  use Agent\n  def start_link(_), do: Agent.start_link(fn -> 0 end)\nend\n")
                .get("Ordering").text();
        assertFalse(conditional.contains("in every branch"), conditional);
    }

    /**
     * logflare's ContextCache.Supervisor: {@code caches ++ List.wrap(maybe_busters)}, the caches a helper's list: the
     * entries read are not all of them, so no "one of up to N".
     */
    @Test
    void aConditionalListWithUnreadEntriesGivesNoUpperBound() throws IOException {
        String sup = """
                defmodule Shop.Caches do
                  use Supervisor
                  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)
                  def init(_) do
                    busters = if Application.get_env(:shop, :busters, true), do: [Shop.Cache]
                    Supervisor.init(caches() ++ List.wrap(busters), strategy: :one_for_one)
                  end
                  defp caches, do: Enum.map(Application.get_env(:shop, :caches, []), &{Shop.Cache, &1})
                end
                """;
        String order = claims("Shop.Cache", ":one_for_one", "Shop.Caches", CACHE, sup).get("Ordering").text();
        assertTrue(order.startsWith("One of the children of Shop.Caches ("), order);
        assertTrue(order.contains(" entries read, and what "), order);
        assertFalse(order.contains("up to"), order);
    }

    /**
     * apps' Nexus.Room monitors each peer it starts under another supervisor in handle_call({:add_peer, ..}) and
     * takes their :DOWN: a reader, "peers keep running while the restarted Room starts empty ... it loses their
     * monitors". A monitor only waited on inside the clause (no :DOWN clause) is not said to be lost.
     */
    @Test
    void monitorsItsHandlersSetAreSaidToEndWithIt() throws IOException {
        String room = """
                defmodule Shop.Room do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                  def add(pid), do: GenServer.call(__MODULE__, {:add, pid})
                  def init(_), do: {:ok, %{peers: %{}}}
                  def handle_call({:add, pid}, _from, state) do
                    ref = Process.monitor(pid)
                    {:reply, :ok, %{state | peers: Map.put(state.peers, ref, pid)}}
                  end
                  def handle_info({:DOWN, ref, :process, _pid, _reason}, state) do
                    {:noreply, %{state | peers: Map.delete(state.peers, ref)}}
                  end
                end
                """;
        String lost = claims("Shop.Room", ":one_for_one", "Shop.Room", room).get("State lost#0").text();
        assertTrue(lost.contains("The monitors its handlers set (handle_call({:add, pid}, ...), line 7) end with it:"
                + " the processes they watched keep running, unwatched"), lost);
        String waits = room.replace("""
                  def handle_info({:DOWN, ref, :process, _pid, _reason}, state) do
                    {:noreply, %{state | peers: Map.delete(state.peers, ref)}}
                  end
                """, "");
        assertFalse(claims("Shop.Room", ":one_for_one", "Shop.Room", waits).get("State lost#0").text()
                .contains("The monitors"));
    }

    /**
     * gristle's Peripherals.Gpio.System builds its children in an Enum.reduce over its config ({@code {module,
     * config}} with a variable module): a reader, "'Its one child' is wrong: children are built at run time".
     */
    @Test
    void childrenBuiltAtRunTimeAreNotCountedAsWritten() throws IOException {
        String sup = """
                defmodule Shop.Devices do
                  use Supervisor
                  def start_link(config), do: Supervisor.start_link(__MODULE__, config, name: __MODULE__)
                  def init(config) do
                    children = Enum.reduce(config, [], fn {name, conf}, acc ->
                      module = Module.concat(Shop.Devices, name)
                      acc ++ [{module, conf}]
                    end)
                    Supervisor.init(children, strategy: :one_for_one)
                  end
                end
                """;
        String children = claims("Shop.Devices", ":one_for_one", "{Shop.Devices, []}", sup).get("Children").text();
        assertTrue(children.startsWith("Its children, as many as its list gets at run time, run under :one_for_one:"
                + " a crashed child is restarted alone."), children);
    }

    /**
     * ex_money's LoginRefreshWorker (read cold at the fourteenth stop): {@code worker(M, [], restart: :transient)}
     * in its Application; the report said :permanent, "restarted after every exit", and advised :transient.
     */
    @Test
    void supervisorSpecWorkerOptionsGiveTheRestart() throws IOException {
        String worker = """
                defmodule Shop.Refresh do
                  use GenServer
                  def start_link, do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                  def init(_), do: {:ok, nil}
                  def handle_call(:done, _from, state), do: {:stop, :normal, :ok, state}
                end
                """;
        String restart = claims("Shop.Refresh", ":one_for_one", "Supervisor.Spec.worker(Shop.Refresh, [], restart:"
                + " :transient)", worker).get("Restart").text();
        assertTrue(restart.startsWith(":transient"), restart);
        assertFalse(restart.contains("give it restart: :transient"), restart);
    }

    /**
     * ElixirTorrent (read cold at the fourteenth stop): its AnnouncesSupervisor is a DynamicSupervisor entry with
     * max_restarts: 0, and its Peer supervisor lists three workers :one_for_all with max_restarts: 0; the reports said
     * "3 in 5 s unless its options set another" and "a crash restarts all 3 children".
     */
    @Test
    void maxRestartsZeroRestartsNothing() throws IOException {
        String room = """
                defmodule Shop.Room do
                  use GenServer
                  def start(id), do: DynamicSupervisor.start_child(Shop.Rooms, {__MODULE__, id})
                  def start_link(id), do: GenServer.start_link(__MODULE__, id)
                  def init(id), do: {:ok, id}
                end
                """;
        Map<String, FailureClaim> c = claims("Shop.Room", ":one_for_one",
                "{DynamicSupervisor, name: Shop.Rooms, strategy: :one_for_one, max_restarts: 0}", room);
        String restart = c.get("Restart").text();
        assertTrue(restart.contains("But Shop.Rooms has max_restarts: 0: it restarts no child; the first exit its"
                + " restart value would restart stops Shop.Rooms with every child it runs"), restart);
        assertFalse(restart.contains("3 in 5 s"), restart);

        String worker = """
                defmodule Shop.Reader do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, nil)
                  def init(_), do: {:ok, nil}
                end
                """;
        Map<String, FailureClaim> all = claims("Shop.Reader", ":one_for_all, max_restarts: 0", "Shop.Reader, Shop.Other",
                worker, "defmodule Shop.Other do\n  use Agent\n  def start_link(_), do: Agent.start_link(fn -> 0 end)\nend\n");
        String order = all.get("Ordering").text();
        assertTrue(order.contains("Under :one_for_all with max_restarts: 0 a crash restarts nothing"), order);
        String again = all.get("Restart").text();
        assertTrue(again.contains("But Shop.Application has max_restarts: 0: it restarts no child"), again);
    }

    /**
     * ElixirTorrent's Torrent.Downloads.Piece (fresh10, rated 2): started by DynamicSupervisor.start_child(via(hash),
     * ..) in Torrent.Downloads, whose own child_spec/1 starts that DynamicSupervisor with max_restarts: 100; the
     * report said "3 in 5 s unless its options set another".
     */
    @Test
    void aSupervisorNamedByTheModulesOwnViaHasTheIntensityItsChildSpecGives() throws IOException {
        String downloads = """
                defmodule Shop.Downloads do
                  def child_spec(hash) do
                    %{id: __MODULE__, type: :supervisor,
                      start: {DynamicSupervisor, :start_link, [[name: via(hash), strategy: :one_for_one, max_restarts: 100]]}}
                  end
                  defp via(hash), do: {:via, Registry, {Shop.Registry, {__MODULE__, hash}}}
                  def piece(hash, index), do: DynamicSupervisor.start_child(via(hash), {Shop.Piece, index})
                end
                """;
        String piece = """
                defmodule Shop.Piece do
                  use GenServer, restart: :transient
                  def start_link(index), do: GenServer.start_link(__MODULE__, index)
                  def init(index), do: {:ok, index}
                end
                """;
        String restart = claims("Shop.Piece", ":one_for_one", "{Registry, keys: :unique, name: Shop.Registry}",
                downloads, piece).get("Restart").text();
        assertTrue(restart.contains("Shop.Downloads's child_spec starts that DynamicSupervisor with max_restarts: 100"),
                restart);
        assertFalse(restart.contains("3 in 5 s"), restart);
    }

    /**
     * evercam-server's Timelapser (read cold, fresh batch): its supervisor's own init/1 gives the template list
     * with {@code supervise(children, strategy: :simple_one_for_one, max_restarts: 1_000_000)}; the report said
     * "3 in 5 s unless its options set another". A module DynamicSupervisor's init/1 sets it the same way.
     */
    @Test
    void aSupervisorsOwnInitGivesTheIntensityOfWhatItStartsAtRuntime() throws IOException {
        String sup = """
                defmodule Shop.Workers do
                  use Supervisor
                  import Supervisor.Spec
                  def start_link, do: Supervisor.start_link(__MODULE__, :ok, name: __MODULE__)
                  def init(:ok) do
                    children = [worker(Shop.Worker, [], restart: :permanent)]
                    supervise(children, strategy: :simple_one_for_one, max_restarts: 1_000_000)
                  end
                  def start_worker(id), do: Supervisor.start_child(__MODULE__, [id])
                end
                """;
        String worker = """
                defmodule Shop.Worker do
                  use GenServer
                  def start_link(id), do: GenServer.start_link(__MODULE__, id)
                  def init(id), do: {:ok, id}
                end
                """;
        String restart = claims("Shop.Worker", ":one_for_one", "Shop.Workers", sup, worker).get("Restart").text();
        assertTrue(restart.startsWith(":permanent (its child entry), started at runtime"), restart);
        assertTrue(restart.contains("More than 1000000 restarts in 5 s (its max_restarts) stop Shop.Workers"), restart);
        assertFalse(restart.contains("3 in 5 s"), restart);

        String dynamic = """
                defmodule Shop.Rooms do
                  use DynamicSupervisor
                  def start_link(_), do: DynamicSupervisor.start_link(__MODULE__, :ok, name: __MODULE__)
                  def init(:ok), do: DynamicSupervisor.init(strategy: :one_for_one, max_restarts: 50, max_seconds: 10)
                  def open(id), do: DynamicSupervisor.start_child(__MODULE__, {Shop.Room, id})
                end
                """;
        String room = """
                defmodule Shop.Room do
                  use GenServer
                  def start_link(id), do: GenServer.start_link(__MODULE__, id)
                  def init(id), do: {:ok, id}
                end
                """;
        String again = claims("Shop.Room", ":one_for_one", "Shop.Rooms", dynamic, room).get("Restart").text();
        assertTrue(again.contains("(its init/1 sets max_restarts: 50, max_seconds: 10)"), again);
    }

    /**
     * thistle_tea's Telemetry (read cold at the thirteenth stop): its handle_event/4 writes the table it owns and is
     * attached as a :telemetry handler; :telemetry detaches a handler that raises, so a restart loses those events
     * for good, which "until the table exists again" hid.
     */
    @Test
    void aTelemetryHandlerWritingTheTableIsDetachedForGood() throws IOException {
        String stats = """
                defmodule Shop.Stats do
                  use GenServer

                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok)

                  def handle_event([:shop, :order], _measurements, _metadata, _config) do
                    :ets.update_counter(:shop_stats, :orders, 1)
                  end

                  @impl true
                  def init(state) do
                    :ets.new(:shop_stats, [:named_table, :public])
                    :ets.insert(:shop_stats, {:orders, 0})
                    {:ok, state}
                  end
                end
                """;
        String metrics = """
                defmodule Shop.Metrics do
                  def attach do
                    :telemetry.attach("orders", [:shop, :order], &Shop.Stats.handle_event/4, nil)
                  end
                end
                """;
        String table = claims("Shop.Stats", ":one_for_one", "Shop.Stats", stats, metrics).get("State lost#1").text();
        assertTrue(table.contains("handle_event/4 is given to Shop.Metrics as a handler (a :telemetry handler, by its"
                + " four arguments) and touches the table with no rescue"), table);
        assertTrue(table.contains(":telemetry detaches a handler that raises for good"), table);
        // not attached anywhere: nothing said
        String alone = claims("Shop.Stats", ":one_for_one", "Shop.Stats", stats,
                "defmodule Shop.Metrics do\n  def attach, do: :ok\nend\n").get("State lost#1").text();
        assertFalse(alone.contains(":telemetry"), alone);
    }

    /**
     * logflare's AllLogsLogged and skate's Realtime.Server: the process state holds nothing, its data is in the table
     * init/1 makes through a helper, and one reader rescues the missing table's ArgumentError.
     */
    @Test
    void aTableOwnerWithAnEmptyStateKeepsItsDataInTheTableAndARescuingReaderIsNamed() throws IOException {
        Map<String, FailureClaim> c = claims("Shop.Counts", ":one_for_one", "Shop.Counts", """
                defmodule Shop.Counts do
                  use GenServer

                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

                  def lookup(key) do
                    :ets.lookup_element(:counts, key, 2)
                  rescue
                    ArgumentError -> 0
                  end

                  def total, do: :ets.lookup_element(:counts, :total, 2)

                  def bump(key), do: GenServer.cast(__MODULE__, {:bump, key})

                  @impl true
                  def init(state) do
                    create(:counts)
                    Process.send_after(self(), :persist, 60_000)
                    {:ok, state}
                  end

                  def create(name), do: :ets.new(name, [:named_table, :public])

                  @impl true
                  def handle_cast({:bump, key}, state) do
                    :ets.update_counter(:counts, key, 1, {key, 0})
                    {:noreply, state}
                  end

                  @impl true
                  def handle_info(:persist, state), do: {:noreply, state}
                end
                """);
        String state = c.get("State lost#0").text();
        assertFalse(state.contains("a restart loses no data"), state);
        assertTrue(state.startsWith("Its process state holds nothing between operations: what it keeps is in the ETS"
                + " tables it owns (below)."), state);
        String table = c.get("State lost#1").text();
        assertTrue(table.contains("(init/1 creates it again, through create/1)"), table);
        assertTrue(table.contains("except lookup/1, which rescues the error"), table);
        assertFalse(table.contains("total/0"), table);
        assertTrue(c.get("State lost#1").evidence().contains("lib/m0.ex:6"), c.get("State lost#1").evidence().toString());
    }

    /** A store another process reads its state back from. */
    private static final String STORE = """
            defmodule Shop.Store do
              use GenServer
              def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)
              def fetch(key), do: GenServer.call(__MODULE__, {:fetch, key})
              def put(key, value), do: GenServer.cast(__MODULE__, {:put, key, value})
              @impl true
              def init(map), do: {:ok, map}
              @impl true
              def handle_call({:fetch, key}, _from, map), do: {:reply, Map.fetch(map, key), map}
              @impl true
              def handle_cast({:put, key, value}, map), do: {:noreply, Map.put(map, key, value)}
            end
            """;

    @Test
    void aStateLoadedFromAnotherProcessInHandleContinueIsNotSaidToBeLost() throws IOException {
        String recent = """
                defmodule Shop.Recent do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                  def add(item), do: GenServer.cast(__MODULE__, {:add, item})
                  @impl true
                  def init(nil), do: {:ok, nil, {:continue, :load}}
                  @impl true
                  def handle_continue(:load, nil), do: {:noreply, load()}
                  @impl true
                  def handle_cast({:add, item}, items) do
                    Shop.Store.put(:recent, [item | items])
                    {:noreply, [item | items]}
                  end
                  defp load do
                    case Shop.Store.fetch(:recent) do
                      {:ok, items} -> items
                      :error -> []
                    end
                  end
                end
                """;
        String lost = claims("Shop.Recent", ":one_for_one", "Shop.Store,\n      Shop.Recent", recent, STORE)
                .get("State lost#0").text();
        assertTrue(lost.contains("handle_continue/2 then calls Shop.Store.fetch/1: what the state takes from there "
                + "comes back"), lost);
        assertTrue(lost.contains("did not write there is lost"), lost);
        assertFalse(lost.contains("Whatever its callbacks changed"), lost);
    }

    @Test
    void aStateInitLoadsFromAnotherProcessIsNotSaidToBeLost() throws IOException {
        // elixir-omg's ExitProcessor: init/1 reads its state back through OMG.DB's process.
        String exits = """
                defmodule Shop.Exits do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                  def add(item), do: GenServer.cast(__MODULE__, {:add, item})
                  @impl true
                  def init(nil), do: {:ok, load()}
                  @impl true
                  def handle_cast({:add, item}, items) do
                    Shop.Store.put(:exits, [item | items])
                    {:noreply, [item | items]}
                  end
                  defp load do
                    case Shop.Store.fetch(:exits) do
                      {:ok, items} -> items
                      :error -> []
                    end
                  end
                end
                """;
        String lost = claims("Shop.Exits", ":one_for_one", "Shop.Store,\n      Shop.Exits", exits, STORE)
                .get("State lost#0").text();
        assertTrue(lost.contains("init/1 calls Shop.Store.fetch/1, another process of the project: what the state"
                + " takes from there comes back"), lost);
        assertFalse(lost.contains("Whatever its callbacks changed"), lost);
    }

    @Test
    void childrenTheAnalysisCannotReadAreNotCountedButNamed() throws IOException {
        Map<String, FailureClaim> c = claims("Shop.Cache", ":one_for_one",
                "Shop.Cache,\n      Shop.Other\n    ] ++ Application.get_env(:shop, :extra_children, []) ++ [", CACHE, """
                defmodule Shop.Other do
                  use Agent
                  def start_link(_), do: Agent.start_link(fn -> 0 end, name: __MODULE__)
                end
                """);
        String ordering = c.get("Ordering").text();
        assertTrue(ordering.startsWith("Child 1 of 2 listed of Shop.Application (and what "
                + "Application.get_env(:shop, :extra_children, []) adds)"), ordering);
    }

    @Test
    void theChildEntryOverridesTheModuleAndTheStrategyNamesWhatRestartsWithIt() throws IOException {
        Map<String, FailureClaim> c = claims("Shop.Cache", ":rest_for_one",
                "Supervisor.child_spec(Shop.Cache, restart: :temporary),\n      Shop.Other", CACHE, """
                defmodule Shop.Other do
                  use Agent
                  def start_link(_), do: Agent.start_link(fn -> 0 end, name: __MODULE__)
                end
                """);
        assertTrue(c.get("Restart").text().startsWith(":temporary (its child entry): never restarted"),
                c.get("Restart").text());
        assertTrue(c.get("Ordering").text().contains("also restarts the 1 children listed after it (Shop.Other)"),
                c.get("Ordering").text());
    }

    @Test
    void ownChildSpecAndTerminateWithoutTrapExit() throws IOException {
        Map<String, FailureClaim> c = claims("Shop.Poller", ":one_for_one", "Shop.Poller", """
                defmodule Shop.Poller do
                  use GenServer

                  def child_spec(arg), do: %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}, restart: :temporary}
                  def start_link(arg), do: GenServer.start_link(__MODULE__, arg, name: __MODULE__)
                  def watch(pid), do: GenServer.cast(__MODULE__, {:watch, pid})

                  @impl true
                  def init(_), do: {:ok, %{}}

                  @impl true
                  def handle_cast({:watch, pid}, state) do
                    Process.monitor(pid)
                    {:noreply, Map.put(state, pid, true)}
                  end

                  @impl true
                  def handle_info({:DOWN, _, :process, pid, _}, state), do: {:noreply, Map.delete(state, pid)}

                  @impl true
                  def terminate(_reason, _state), do: :ok
                end
                """);
        assertTrue(c.get("Restart").text().startsWith(":temporary (its own child_spec/1)"), c.get("Restart").text());
        assertTrue(c.get("Restart").evidence().contains("lib/m0.ex:4"));
        assertTrue(c.get("Shutdown").text().startsWith("terminate/2 does not run when its supervisor shuts it down"),
                c.get("Shutdown").text());
        assertTrue(c.values().stream().anyMatch(x -> x.text().contains("the monitor set in handle_cast/2")
                && x.evidence().contains("lib/m0.ex:13")), c.toString());
    }

    private static final String ROOM = """
            defmodule Shop.Room do
              use GenServer

              def start_link(id), do: GenServer.start_link(__MODULE__, id, name: {:via, Registry, {Shop.Rooms, id}})
              def open(id), do: DynamicSupervisor.start_child(Shop.RoomSupervisor, {__MODULE__, id})

              @impl true
              def init(id), do: {:ok, %{id: id}}
            end
            """;

    @Test
    void aRegistryListedAfterTheDynamicSupervisorIsSaidWithTheFix() throws IOException {
        Map<String, FailureClaim> c = claims("Shop.Room", ":one_for_one",
                "{DynamicSupervisor, strategy: :one_for_one, name: Shop.RoomSupervisor},\n"
                        + "      {Registry, keys: :unique, name: Shop.Rooms}", ROOM);
        assertTrue(c.get("Ordering").text().contains("sit in one children list under :one_for_one, the Registry "
                + "after it"), c.get("Ordering").text());
        assertTrue(c.get("Ordering").text().endsWith("use strategy: :rest_for_one with the Registry listed first."),
                c.get("Ordering").text());
        assertTrue(c.get("Restart").text().contains("started at runtime"), c.get("Restart").text());
    }

    @Test
    void underRestForOneWithTheRegistryFirstThePairIsRight() throws IOException {
        Map<String, FailureClaim> c = claims("Shop.Room", ":rest_for_one",
                "{Registry, keys: :unique, name: Shop.Rooms},\n"
                        + "      {DynamicSupervisor, strategy: :one_for_one, name: Shop.RoomSupervisor}", ROOM);
        assertTrue(c.get("Ordering").text().contains("so none runs unregistered"), c.get("Ordering").text());
    }

    @Test
    void underOneForOneThePairSaysWhatARegistryCrashDoes() throws IOException {
        Map<String, FailureClaim> c = claims("Shop.Room", ":one_for_one",
                "{Registry, keys: :unique, name: Shop.Rooms},\n"
                        + "      {DynamicSupervisor, strategy: :one_for_one, name: Shop.RoomSupervisor}", ROOM);
        assertTrue(c.get("Ordering").text().contains("possibly before the Registry is back"), c.get("Ordering").text());
        assertTrue(c.get("Ordering").text().contains("strategy: :rest_for_one"), c.get("Ordering").text());
        // it handles no call (rube's MoneyMarkets.TokenBuilder takes casts only): nobody waits on a reply
        assertTrue(c.get("State lost#0").text().endsWith("Messages waiting in its mailbox are lost; it handles no call,"
                + " so nobody is waiting on a reply."), c.get("State lost#0").text());
    }

    @Test
    void aStaticChildRegisteringThroughALaterRegistryFailsToStart() throws IOException {
        Map<String, FailureClaim> c = claims("Shop.Clock", ":one_for_one",
                "Shop.Clock,\n      {Registry, keys: :unique, name: Shop.Names}", """
                defmodule Shop.Clock do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: {:via, Registry, {Shop.Names, :clock}})
                  @impl true
                  def init(n), do: {:ok, n}
                end
                """);
        assertTrue(c.get("Ordering").text().contains("Wrong order: it registers through Shop.Names"),
                c.get("Ordering").text());
    }

    @Test
    void aSingletonCalledFromAControllerActionWarnsAboutItsMailbox() throws IOException {
        Map<String, FailureClaim> c = claims("Shop.Cache", ":one_for_one", "Shop.Cache", CACHE, """
                defmodule ShopWeb.ItemController do
                  use Phoenix.Controller

                  def show(conn, %{"id" => id}), do: json(conn, Shop.Cache.get(id))
                end
                """);
        FailureClaim mailbox = c.get("Mailbox");
        assertTrue(mailbox != null && mailbox.text().contains("ShopWeb.ItemController.show/2"), c.toString());
        assertTrue(mailbox.text().contains("Calls wait in line"), mailbox.text());
        // its get/1 passes no timeout: the default
        assertTrue(mailbox.text().contains("exit after their timeout (5 s, the default)"), mailbox.text());
        assertFalse(mailbox.text().contains("Casts"), mailbox.text());
    }

    /** phoenix's CodeReloader.Server (fourth fresh batch): "callers exit after 5 s", but both calls pass :infinity. */
    @Test
    void callsPassingInfinityWaitAsLongAsTheQueueTakes() throws IOException {
        String reloader = """
                defmodule Shop.Reloader do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                  def reload!(endpoint), do: GenServer.call(__MODULE__, {:reload!, endpoint}, :infinity)
                  @impl true
                  def init(:ok), do: {:ok, %{}}
                  @impl true
                  def handle_call({:reload!, _endpoint}, _from, state), do: {:reply, :ok, state}
                end
                """;
        Map<String, FailureClaim> c = claims("Shop.Reloader", ":one_for_one", "Shop.Reloader", reloader, """
                defmodule ShopWeb.ReloadController do
                  use Phoenix.Controller

                  def show(conn, _params), do: json(conn, Shop.Reloader.reload!(ShopWeb.Endpoint))
                end
                """);
        String text = c.get("Mailbox").text();
        assertTrue(text.contains("Calls pass :infinity: each waits in line as long as the queue takes"), text);
        assertFalse(text.contains("5 s"), text);
    }

    @Test
    void nothingRestartsAProcessStartedOutsideAnySupervisor() throws IOException {
        Map<String, FailureClaim> c = claims("Shop.Loose", ":one_for_one", "Shop.Cache", CACHE, """
                defmodule Shop.Loose do
                  use GenServer
                  def go, do: GenServer.start(__MODULE__, :ok)
                  @impl true
                  def init(:ok), do: {:ok, :ok}
                end
                """);
        assertTrue(c.get("Restart").text().startsWith("None: it is started by GenServer.start/2 in Shop.Loose.go/0 "
                + "(lib/m1.ex:3), outside any supervisor"),
                c.get("Restart").text());
        assertEquals(List.of("lib/m1.ex:3"), c.get("Restart").evidence());
        assertFalse(c.containsKey("Ordering"));
        // GenServer.start links nothing: the starter's exit does not end it
        assertTrue(c.get("Restart").text().contains("nothing is linked to it, so it also outlives whatever started it"),
                c.get("Restart").text());
        assertFalse(c.get("Restart").text().contains("is linked to it and exits with it"), c.get("Restart").text());
    }

    @Test
    void aStartApiBesideAStartLinkIsNotCalledLinked() throws IOException {
        // membrane_videoroom's Room: start/2 (GenServer.start) is what callers use; start_link/1 is never called
        Map<String, FailureClaim> c = claims("Shop.Room", ":one_for_one", "Shop.Cache", CACHE, """
                defmodule Shop.Room do
                  use GenServer
                  def start(id, opts), do: GenServer.start(__MODULE__, id, opts)
                  def start_link(opts), do: GenServer.start_link(__MODULE__, [], opts)
                  @impl true
                  def init(id), do: {:ok, %{id: id}}
                end
                """, """
                defmodule Shop.Lobby do
                  def open(id), do: Shop.Room.start(id, name: {:global, id})
                end
                """);
        String restart = c.get("Restart").text();
        assertFalse(restart.contains("is linked to it and exits with it"), restart);
        assertTrue(restart.contains("nothing is linked to it"), restart);
    }

    @Test
    void aLaterUseLineReplacesTheChildSpec() throws IOException {
        Map<String, FailureClaim> c = claims("Shop.Jobs", ":one_for_one", "Shop.Jobs", """
                defmodule Shop.Jobs do
                  use DynamicSupervisor
                  use Task

                  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)

                  @impl true
                  def init(_), do: DynamicSupervisor.init(strategy: :one_for_one)
                end
                """);
        assertTrue(c.get("Restart").text().startsWith(":temporary (the default of use Task, its later use line"),
                c.get("Restart").text());
        assertTrue(c.get("Restart").evidence().contains("lib/m0.ex:3"), c.get("Restart").evidence().toString());
    }

    @Test
    void aDynamicSupervisorRestartLosesItsChildrenForGood() throws IOException {
        Map<String, FailureClaim> c = claims("Shop.Rooms", ":one_for_one", "Shop.Rooms", """
                defmodule Shop.Rooms do
                  use DynamicSupervisor

                  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)

                  @impl true
                  def init(_), do: DynamicSupervisor.init(strategy: :one_for_one)

                  def open(id), do: DynamicSupervisor.start_child(__MODULE__, {Agent, fn -> id end})
                end
                """);
        String lost = c.get("State lost#0").text();
        assertFalse(lost.contains("starts again every child"), lost);
        assertTrue(lost.contains("does not bring its children back"), lost);
        assertTrue(lost.contains("start_child callers"), lost);
    }

    @Test
    void aSupervisorRestartStartsItsChildrenListAgain() throws IOException {
        Map<String, FailureClaim> c = claims("Shop.Sup", ":one_for_one", "Shop.Sup", """
                defmodule Shop.Sup do
                  use Supervisor

                  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)

                  @impl true
                  def init(_), do: Supervisor.init([{Agent, fn -> 0 end}], strategy: :one_for_one)
                end
                """);
        assertTrue(c.get("State lost#0").text().startsWith("A restart of this supervisor stops and starts again every"
                + " child in its children list"), c.get("State lost#0").text());
    }
    private static final String LOBBY = """
            defmodule Shop.Lobby do
              use GenServer

              def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

              @impl true
              def init(%{founder_id: founder_id} = data) do
                {:ok, match} = Shop.Matches.create_match(founder_id)
                {:ok, %{data: data, match_id: match.id, uuid: Ecto.UUID.generate(),
                  key: self() |> :erlang.term_to_binary(), paused: not Application.get_env(:shop, :auto_start)}}
              end

              @impl true
              def handle_cast(:pause, state), do: {:noreply, %{state | paused: true}}
            end
            """;

    private static final String MATCHES = """
            defmodule Shop.Matches do
              def create_match(founder_id) do
                %{founder_id: founder_id}
                |> Shop.Repo.insert()
              end
            end
            """;

    @Test
    void aRestartThatInsertsReadsConfigAndTakesFreshValuesIsNotTheSameOnEveryStart() throws IOException {
        // teiserver's LobbyServer inserts a match row, algora's Deliveries poller reads `paused` from config,
        // mirra_backend's GameUpdater takes its game_id from its pid.
        Map<String, FailureClaim> c = claims("Shop.Lobby", ":one_for_one", "{Shop.Lobby, %{founder_id: 1}}", LOBBY,
                MATCHES);
        String lost = c.get("State lost#0").text();
        assertFalse(lost.contains("the same on every start"), lost);
        assertTrue(lost.contains("takes new values on every start (Ecto.UUID.generate() at lib/m0.ex:9, "
                + "self() |> :erlang.term_to_binary() at lib/m0.ex:10)"), lost);
        assertTrue(lost.contains("reads the configuration again (Application.get_env(:shop, :auto_start) at "
                + "lib/m0.ex:10)"), lost);
        assertTrue(lost.contains("writes to the database (Shop.Matches.create_match at lib/m0.ex:8, which runs "
                + "Shop.Repo.insert()"), lost);
        assertTrue(c.get("State lost#0").evidence().contains("lib/m0.ex:8"), c.get("State lost#0").evidence().toString());
    }

    @Test
    void aStateBuiltOnlyFromTheArgumentIsTheSameOnEveryStart() throws IOException {
        Map<String, FailureClaim> c = claims("Shop.Lobby", ":one_for_one", "{Shop.Lobby, %{founder_id: 1}}", """
                defmodule Shop.Lobby do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)
                  @impl true
                  def init(opts) do
                    Logger.metadata(sha: Application.get_env(:shop, :sha))
                    Process.send_after(self(), :tick, 1_000)
                    {:ok, %{opts: opts, count: 0}}
                  end
                  @impl true
                  def handle_info(:tick, state), do: {:noreply, %{state | count: state.count + 1}}
                end
                """);
        String lost = c.get("State lost#0").text();
        assertTrue(lost.contains("the same on every start"), lost);
        assertFalse(lost.contains("A restart does not give back"), lost);
    }
    private static final String GAME = """
            defmodule Shop.Game do
              use GenServer

              def start_link(arg), do: GenServer.start_link(__MODULE__, arg)

              @impl true
              def init(arg), do: {:ok, arg}

              @impl true
              def handle_info(:game_over, state), do: {:stop, :normal, state}
            end
            """;

    @Test
    void aPermanentChildThatEndsItselfNormallyIsToldItStartsAgain() throws IOException {
        Map<String, FailureClaim> c = claims("Shop.Game", ":one_for_one", "{Shop.Game, []}", GAME);
        String restart = c.get("Restart").text();
        assertTrue(restart.startsWith(":permanent"), restart);
        assertTrue(restart.contains("It ends itself with {:stop, :normal, state} (lib/m0.ex:10): :permanent starts it"
                + " again after that end too"), restart);
        assertTrue(c.get("Restart").evidence().contains("lib/m0.ex:10"), c.get("Restart").evidence().toString());
    }

    @Test
    void aPerRunProcessStartedOutsideASupervisorIsToldToBeTemporaryUnderOne() throws IOException {
        // mirra_backend's Arena.GameUpdater: GenServer.start per game, {:stop, :normal, state} when the game ends.
        Map<String, FailureClaim> c = claims("Shop.Game", ":one_for_one", "Shop.Other", GAME.replace(
                "GenServer.start_link(__MODULE__, arg)", "GenServer.start(__MODULE__, arg)"), """
                defmodule Shop.Other do
                  use Agent
                  def start_link(_), do: Agent.start_link(fn -> 0 end, name: __MODULE__)
                end
                """, """
                defmodule Shop.Lobby do
                  def create_game(players), do: GenServer.start(Shop.Game, %{players: players})
                end
                """);
        String restart = c.get("Restart").text();
        assertTrue(restart.startsWith("None: it is started by GenServer.start/2 in Shop.Lobby.create_game/1 "
                + "(lib/m2.ex:2), outside any supervisor"), restart);
        assertTrue(restart.contains("under a supervisor give it restart: :temporary"), restart);
        assertTrue(restart.contains(":permanent, the default of use GenServer, would start a finished run again"),
                restart);
    }
    @Test
    void aDynamicSupervisorWhoseInitStartsItsChildSaysARestartStartsItAgain() throws IOException {
        // teiserver's Bridge.DiscordSystem: init/1 runs &start/0 in a task, start/0 calls start_child(__MODULE__, ..).
        Map<String, FailureClaim> c = claims("Shop.Bridge", ":one_for_one", "Shop.Bridge", """
                defmodule Shop.Bridge do
                  use DynamicSupervisor

                  def start_link(_), do: DynamicSupervisor.start_link(__MODULE__, [], name: __MODULE__)

                  @impl true
                  def init(_) do
                    {:ok, flags} = DynamicSupervisor.init(strategy: :one_for_one)
                    Task.start(&start/0)
                    {:ok, flags}
                  end

                  def start, do: DynamicSupervisor.start_child(__MODULE__, Shop.Discord)
                end
                """, """
                defmodule Shop.Discord do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, [])
                  def init(_), do: {:ok, nil}
                end
                """);
        String lost = c.get("State lost#0").text();
        assertFalse(lost.contains("Only the code that started them"), lost);
        assertTrue(lost.contains("then starts Shop.Discord again itself (DynamicSupervisor.start_child in start/0, "
                + "reached from init/1, at lib/m0.ex:13)"), lost);
    }
    @Test
    void aSignificantChildSaysItsExitStopsTheParentThatSetsAutoShutdown() throws IOException {
        // electric: Connection.Supervisor uses restart: :transient, significant: true; CoreSupervisor sets
        // auto_shutdown: :any_significant.
        Map<String, FailureClaim> c = claims("Shop.Conn.Supervisor", ":one_for_one", "Shop.Core", """
                defmodule Shop.Core do
                  use Supervisor
                  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)
                  def init(arg) do
                    Supervisor.init([{Shop.Conn.Supervisor, arg}], strategy: :one_for_one,
                      auto_shutdown: :any_significant)
                  end
                end
                """, """
                defmodule Shop.Conn.Supervisor do
                  use Supervisor, restart: :transient, significant: true
                  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)
                  def init(_), do: Supervisor.init([], strategy: :rest_for_one)
                end
                """);
        String text = c.get("Restart").text();
        assertTrue(text.startsWith(":transient"), text);
        assertTrue(text.contains("It is significant (significant: true in its use line): when it exits normally or "
                + "with {:shutdown, _}, Shop.Core (auto_shutdown: :any_significant at lib/m0.ex:"), text);
    }

    @Test
    void aProcessThatMonitorsItAndStartsItAgainIsItsRestartNotNone() throws IOException {
        // reticulum: RoomAssignerMonitor's handle_info on :DOWN calls ensure_assigner_process/0 again.
        Map<String, FailureClaim> c = claims("Shop.Assigner", ":one_for_one", "Shop.AssignerMonitor", """
                defmodule Shop.AssignerMonitor do
                  use GenServer
                  def start_link(_arg), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)
                  def init(_arg), do: {:ok, ensure_assigner()}
                  def handle_info({:DOWN, _, :process, _pid, _reason}, _old), do: {:noreply, ensure_assigner()}
                  defp ensure_assigner do
                    {:ok, pid} = GenServer.start_link(Shop.Assigner, [], name: {:global, Shop.Assigner})
                    Process.monitor(pid)
                    pid
                  end
                end
                """, """
                defmodule Shop.Assigner do
                  use GenServer
                  def host, do: GenServer.call({:global, __MODULE__}, :host)
                  def init(_), do: {:ok, %{n: 0}}
                  def handle_call(:host, _from, s), do: {:reply, s.n, %{s | n: s.n + 1}}
                end
                """);
        String text = c.get("Restart").text();
        assertTrue(text.startsWith("Not by a supervisor: Shop.AssignerMonitor monitors it and starts it again: its "
                + "handle_info on {:DOWN, ...} (lib/m0.ex:5) calls ensure_assigner/0"), text);
        assertFalse(text.contains("nothing restarts it"), text);
    }

    @Test
    void anInitThatIgnoresOnOneBranchSaysWhereNoProcessRuns() throws IOException {
        // live_beats' SongsCleaner: outside the primary region init/1 returns :ignore
        Map<String, FailureClaim> c = claims("Shop.Cleaner", ":one_for_one", "{Shop.Cleaner, interval: 60}", """
                defmodule Shop.Cleaner do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
                  @impl true
                  def init(opts) do
                    case System.get_env("FLY_REGION") do
                      nil ->
                        Process.send_after(self(), :clean, 0)
                        {:ok, %{interval: Keyword.fetch!(opts, :interval)}}
                      _ ->
                        :ignore
                    end
                  end
                  @impl true
                  def handle_info(:clean, state) do
                    Shop.Songs.expire()
                    Process.send_after(self(), :clean, state.interval)
                    {:noreply, state}
                  end
                end
                """);
        String start = c.get("Start").text();
        assertTrue(start.startsWith("init/1 returns :ignore on one branch ("), start);
        assertTrue(start.contains("decided by System.get_env(\"FLY_REGION\")"), start);
        assertTrue(start.contains("a call by its name exits (noproc)"), start);
        String lost = c.get("State lost#0").text();
        assertTrue(lost.contains("Its callbacks never change it, so nothing else is lost."), lost);
        assertFalse(lost.contains("goes back to the configured one"), lost);
    }

    @Test
    void anInitThatAlwaysStartsHasNoStartClaim() throws IOException {
        Map<String, FailureClaim> c = claims("Shop.Cache", ":one_for_one", "Shop.Cache", CACHE);
        assertFalse(c.containsKey("Start"), c.keySet().toString());
    }

    @Test
    void aShutdownTheChildrenEntrySetsIsTheOneSaid() throws IOException {
        // verk's QueuesDrainer: worker(QueuesDrainer, [t], shutdown: shutdown_timeout) gives the drain its time
        Map<String, FailureClaim> c = claims("Shop.Drainer", ":one_for_one",
                "Supervisor.child_spec({Shop.Drainer, []}, shutdown: drain_timeout())", """
                defmodule Shop.Drainer do
                  use GenServer
                  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
                  @impl true
                  def init(opts) do
                    Process.flag(:trap_exit, true)
                    {:ok, opts}
                  end
                  @impl true
                  def terminate(_reason, _state), do: Shop.Queues.drain()
                end
                """);
        String text = c.get("Shutdown").text();
        assertTrue(text.contains("waits up to drain_timeout() (set by its children entry at lib/application.ex:"),
                text);
        assertFalse(text.contains("5000 ms"), text);
    }

    /**
     * Read cold at the fifteenth session (issue 11): gristle's Boss.Operator casts {:begin, model_type, node_type} to
     * itself from its start_link; the report said a restart starts it again from %{}, but the restart runs start_link
     * again and that message sets the state again.
     */
    @Test
    void aMessageItsStartLinkSendsComesAgainOnARestart() throws IOException {
        String operator = """
                defmodule Shop.Operator do
                  use GenServer

                  def start_link(node_type) do
                    {:ok, pid} = GenServer.start_link(__MODULE__, nil, name: __MODULE__)
                    GenServer.cast(__MODULE__, {:begin, node_type})
                    {:ok, pid}
                  end

                  def node_type, do: GenServer.call(__MODULE__, :node_type)

                  @impl true
                  def init(_), do: {:ok, %{}}

                  @impl true
                  def handle_cast({:begin, node_type}, _state), do: {:noreply, %{node_type: node_type}}

                  @impl true
                  def handle_call(:node_type, _from, state), do: {:reply, state.node_type, state}
                end
                """;
        String text = claims("Shop.Operator", ":one_for_one", "{Shop.Operator, :ground}", operator)
                .get("State lost#0").text();
        assertTrue(text.contains("A restart runs start_link again, which sends it {:begin, node_type} as it starts"
                + " (lib/m0.ex:6)"), text);
    }

    @Test
    void anUnlinkedStartLinkIsRestartedByNothingAndIsItsOwnParent() throws IOException {
        // wanderer's Map.Manager and gristle's Workshop: start_link calls GenServer.start, so the supervisor that
        // lists it is not linked to it ("permanent: restarted after every exit" was false); trapping exits, the
        // supervisor's shutdown is only a message to it (a reader, checked against a copy)
        Map<String, FailureClaim> c = claims("Shop.Proto", ":one_for_one", "Shop.Proto", """
                defmodule Shop.Proto do
                  use GenServer
                  def start_link(_), do: GenServer.start(__MODULE__, nil, name: __MODULE__)
                  def ping, do: GenServer.call(__MODULE__, :ping)
                  def init(_) do
                    Process.flag(:trap_exit, true)
                    {:ok, %{}}
                  end
                  def handle_call(:ping, _from, s), do: {:reply, :pong, s}
                  def terminate(_reason, _state), do: :ok
                end
                """);
        assertEquals("Not in effect: its start_link starts it with GenServer.start (lib/m0.ex:3), unlinked, so a"
                + " supervisor that lists it is not linked to it: it never learns of a crash and never restarts it.",
                c.get("Restart").text());
        assertTrue(c.get("Shutdown").text().startsWith("Started unlinked, it is its own parent: it traps exits, so a"
                + " supervisor's shutdown exit arrives as an {:EXIT, pid, :shutdown} message"), c.get("Shutdown").text());
    }

    @Test
    void aDynamicSupervisorsOwnChildSpecSetsItsRestartIntensity() throws IOException {
        // ElixirTorrent's Torrents: child_spec starts DynamicSupervisor.start_link([.., max_restarts: 0]); "3 in 5 s
        // unless its options set another" was read as wrong (a reader)
        Map<String, FailureClaim> c = claims("Shop.Download", ":one_for_one", "Shop.Downloads", """
                defmodule Shop.Downloads do
                  def child_spec(_) do
                    %{id: __MODULE__, type: :supervisor,
                      start: {DynamicSupervisor, :start_link, [[name: __MODULE__, strategy: :one_for_one, max_restarts: 0]]}}
                  end
                  def download(path), do: DynamicSupervisor.start_child(__MODULE__, {Shop.Download, path})
                end
                """, """
                defmodule Shop.Download do
                  use GenServer, restart: :transient
                  def start_link(path), do: GenServer.start_link(__MODULE__, path)
                  def init(path), do: {:ok, path}
                  def handle_info(:done, path), do: {:stop, :normal, path}
                end
                """);
        String restart = c.get("Restart").text();
        assertTrue(restart.contains("But Shop.Downloads has max_restarts: 0: it restarts no child"), restart);
        assertTrue(c.get("Restart").evidence().contains("lib/m0.ex:2"), c.get("Restart").evidence().toString());
    }

    @Test
    void aChildWithNoChildSpecKeepsTheSupervisorFromStarting() throws IOException {
        // wanderer's TrackerSupervisor lists {Tracker, args}, a module of plain functions: Supervisor.init/2 raises
        // (checked with Elixir 1.14: start_link returns {:error, _}); a reader found it, the report had not
        Map<String, FailureClaim> c = claims("Shop.TrackerSupervisor", ":one_for_one", "{Shop.TrackerSupervisor, []}",
                """
                defmodule Shop.TrackerSupervisor do
                  use Supervisor
                  def start_link(args), do: Supervisor.start_link(__MODULE__, args)
                  @impl true
                  def init(args), do: Supervisor.init([{Shop.Tracker, args}], strategy: :one_for_one)
                end
                """, """
                defmodule Shop.Tracker do
                  def track(id), do: {:tracked, id}
                end
                """);
        assertTrue(c.get("Start").text().startsWith("Its children list names Shop.Tracker (lib/m0.ex:5), which defines"
                + " no child_spec/1"), c.get("Start").text());
        // a module whose use line may give one is left alone
        Map<String, FailureClaim> used = claims("Shop.TrackerSupervisor", ":one_for_one",
                "{Shop.TrackerSupervisor, []}", """
                defmodule Shop.TrackerSupervisor do
                  use Supervisor
                  def start_link(args), do: Supervisor.start_link(__MODULE__, args)
                  @impl true
                  def init(args), do: Supervisor.init([{Shop.Tracker, args}], strategy: :one_for_one)
                end
                """, """
                defmodule Shop.Tracker do
                  use Shop.Dsl.Server
                  def track(id), do: {:tracked, id}
                end
                """);
        assertFalse(used.containsKey("Start"), String.valueOf(used.get("Start")));
    }
}
