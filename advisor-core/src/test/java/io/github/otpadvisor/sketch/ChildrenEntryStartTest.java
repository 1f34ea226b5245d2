package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Supervision Tree's children entry matches how the module starts (issue 11): today's entry or start_child call
 * as written when it is labelled "No change"; else an argument its start_link accepts: a map spec for start_link/0,
 * the keys it fetches or pops as named placeholders citing today's caller, and for a module without start_link no
 * entry at all but how it is started today and the start_link it needs.
 */
class ChildrenEntryStartTest {
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application

                  def start(_type, _args) do
                    children = [
                      {Registry, keys: :unique, name: Shop.RoomRegistry},
                      {DynamicSupervisor, strategy: :one_for_one, name: Shop.RoomSupervisor},
                      %{
                        type: :supervisor,
                        id: Shop.Jobs.Supervisor,
                        start: {Shop.Jobs.Supervisor, :start_link, []}
                      },
                      {Shop.Guard, name: Shop.Guard}
                    ]

                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                end
                """);
        FILES.put("lib/shop/guard.ex", """
                defmodule Shop.Guard do
                  use Supervisor

                  def start_link(opts), do: Supervisor.start_link(__MODULE__, opts, name: Keyword.fetch!(opts, :name))

                  def init(opts) do
                    name = Keyword.fetch!(opts, :name)

                    children = [
                      {Shop.Owner,
                       on_acquired: fn -> start_children(name, Module.concat(name, Children)) end,
                       owner_key: owner_key(name),
                       name: Module.concat(name, Owner)}
                    ]

                    Supervisor.init(children, strategy: :one_for_all)
                  end

                  defp start_children(_name, _sup), do: :ok
                  defp owner_key(name), do: "owner:#{name}"
                end
                """);
        FILES.put("lib/shop/owner.ex", """
                defmodule Shop.Owner do
                  use GenStateMachine

                  def start_link(opts) do
                    {name, opts} = Keyword.pop!(opts, :name)
                    GenStateMachine.start_link(__MODULE__, opts, name: name)
                  end

                  def init(opts) do
                    {:ok, :waiting, %{key: Keyword.fetch!(opts, :owner_key), on_acquired: opts[:on_acquired]}}
                  end

                  def handle_event(:info, :acquire, :waiting, data) do
                    data.on_acquired.()
                    {:next_state, :owning, data}
                  end
                end
                """);
        FILES.put("lib/shop/jobs/supervisor.ex", """
                defmodule Shop.Jobs.Supervisor do
                  use DynamicSupervisor

                  def start_link do
                    DynamicSupervisor.start_link(__MODULE__, :ok, name: __MODULE__)
                  end

                  def start(job_id) do
                    DynamicSupervisor.start_child(__MODULE__, %{
                      id: job_id,
                      start: {Shop.Jobs.Job, :start_link, [job_id]},
                      restart: :temporary
                    })
                  end

                  def init(:ok), do: DynamicSupervisor.init(strategy: :one_for_one)
                end
                """);
        FILES.put("lib/shop/jobs/job.ex", """
                defmodule Shop.Jobs.Job do
                  use GenServer, restart: :temporary
                  def start_link(job_id), do: GenServer.start_link(__MODULE__, job_id)
                  def init(job_id), do: {:ok, %{id: job_id}}
                  def handle_call(:id, _from, state), do: {:reply, state.id, state}
                end
                """);
        FILES.put("lib/shop/rooms.ex", """
                defmodule Shop.Rooms do
                  alias Shop.Room

                  def start_room(room) do
                    {:ok, pid} =
                      DynamicSupervisor.start_child(Shop.RoomSupervisor, {
                        Room,
                        name: "room_#{room.id}",
                        data: %{
                          room: room
                        }
                      })

                    pid
                  end
                end
                """);
        FILES.put("lib/shop/room.ex", """
                defmodule Shop.Room do
                  use GenServer

                  def start_link(opts) do
                    GenServer.start_link(__MODULE__, opts[:data], [])
                  end

                  def get(id), do: GenServer.call(via(id), :get)
                  def put(id, value), do: GenServer.cast(via(id), {:put, value})

                  defp via(id), do: {:via, Registry, {Shop.RoomRegistry, id}}

                  def init(data) do
                    Registry.register(Shop.RoomRegistry, data.room.id, data.room.id)
                    :timer.send_interval(1000, :tick)
                    {:ok, %{room: data.room, value: nil}}
                  end

                  def handle_call(:get, _from, state), do: {:reply, state.value, state}
                  def handle_cast({:put, value}, state), do: {:noreply, %{state | value: value}}
                  def handle_info(:tick, state), do: {:noreply, state}
                end
                """);
        FILES.put("lib/shop/matchmaker.ex", """
                defmodule Shop.Matchmaker do
                  def create(players, params) do
                    {:ok, pid} = GenServer.start(Shop.Game, %{players: players, params: params})
                    pid
                  end
                end
                """);
        FILES.put("lib/shop/game.ex", """
                defmodule Shop.Game do
                  use GenServer

                  def init(%{players: players, params: params}) do
                    Process.send_after(self(), :update, 30)
                    {:ok, %{players: players, params: params, tick: 0}}
                  end

                  def move(pid, player, dir), do: GenServer.cast(pid, {:move, player, dir})

                  def handle_cast({:move, _player, _dir}, state), do: {:noreply, state}

                  def handle_info(:update, state) do
                    Process.send_after(self(), :update, 30)
                    {:noreply, %{state | tick: state.tick + 1}}
                  end
                end
                """);
        FILES.put("lib/shop/backend_sup.ex", """
                defmodule Shop.BackendSup do
                  use Supervisor

                  def start_link({source, backend} = opts) do
                    Supervisor.start_link(__MODULE__, opts, name: {:global, {source, backend}})
                  end

                  def init({_source, _backend}) do
                    Supervisor.init([], strategy: :one_for_one)
                  end
                end
                """);
        FILES.put("lib/shop/conn.ex", """
                defmodule Shop.Conn do
                  use GenServer

                  def start_link(module, arg, opts \\\\ []) do
                    GenServer.start_link(__MODULE__, {module, arg}, opts)
                  end

                  def init({module, arg}), do: {:ok, %{module: module, arg: arg, n: 0}}

                  def bump(pid), do: GenServer.call(pid, :bump)

                  def handle_call(:bump, _from, s), do: {:reply, s.n + 1, %{s | n: s.n + 1}}
                end
                """);
        FILES.put("lib/shop/cache_server.ex", """
                defmodule Shop.CacheServer do
                  use GenServer

                  def start_link(opts) do
                    GenServer.start_link(__MODULE__, opts, name: Keyword.fetch!(opts, :name))
                  end

                  def init(_opts), do: {:ok, MapSet.new()}
                  def seen?(name, key), do: GenServer.call(name, {:seen?, key})
                  def handle_call({:seen?, key}, _from, set), do: {:reply, MapSet.member?(set, key), MapSet.put(set, key)}
                end
                """);
    }

    @TempDir
    static Path root;
    private static AnalysisResult result;

    @BeforeEach
    void analyze() throws IOException {
        if (result != null) {
            return;
        }
        result = ShopProject.analyze(root, FILES);
    }

    private static String entryOf(String module) {
        String t = ElixirSketches.childrenEntry(ShopProject.input(result, module));
        assertTrue(t != null && Messages.parses(t), () -> String.valueOf(t));
        return t;
    }

    @Test
    void anEntryMatchesTheRealStartLinkClauseWhenNothingShowsTodaysStart() {
        // logflare AdaptorSupervisor: start_link({source, backend} = opts) matches only a pair.
        String pair = entryOf("Shop.BackendSup");
        assertTrue(pair.contains("{Shop.BackendSup, {source, backend}}"), pair);
        assertFalse(pair.contains("{Shop.BackendSup, []}"), pair);
        // electric ReplicationConnection: start_link/3 (one default), so {M, arg} cannot start it.
        String three = entryOf("Shop.Conn");
        assertTrue(three.contains("%{id: Shop.Conn, start: {Shop.Conn, :start_link, [module, arg, opts]}}"), three);
        assertTrue(three.contains("takes 3 arguments"), three);
    }

    /** ElixirTorrent's Piece: start_link({_, key} = arg); {Piece, {_, key}} does not compile ("invalid use of _"). */
    @Test
    void anIgnoredElementOfTheShapeIsNamedNotWrittenAsAnUnderscore() {
        assertEquals("{arg, key}", StartEntry.named("{_, key}"));
        assertEquals("{size, key, arg}", StartEntry.named("{_size, key, _}"));
        assertEquals("{arg, arg2}", StartEntry.named("{_, _}"));
        assertEquals("{arg, key}", StartEntry.named("{_key, key}"), "a name taken keeps the element apart");
        assertEquals("{:my_atom, some_var, \"a_b\"}", StartEntry.named("{:my_atom, some_var, \"a_b\"}"));
    }

    @Test
    void aRuntimeStartIsTodaysStartChildAsWrittenNotAnInventedId() {
        String t = entryOf("Shop.Room");
        assertTrue(t.contains("DynamicSupervisor.start_child(Shop.RoomSupervisor, {\n  Room,\n  name: \"room_#{room.id}\","), t);
        assertTrue(t.contains("(lib/shop/rooms.ex:"), t);
        assertFalse(t.contains("{Shop.Room, id}"), t);
    }

    @Test
    void aLongEntryOfTodaysListIsKeptAsWrittenNotReplacedByAnEmptyList() {
        String owner = entryOf("Shop.Owner");
        assertTrue(owner.contains("{Shop.Owner,\n") || owner.contains("as today"), owner);
        assertTrue(owner.contains("owner_key: owner_key(name)"), owner);
        assertFalse(owner.contains("{Shop.Owner, []}"), owner);
        String jobs = entryOf("Shop.Jobs.Supervisor");
        assertTrue(jobs.contains("start: {Shop.Jobs.Supervisor, :start_link, []}"), jobs);
        assertFalse(jobs.contains("{Shop.Jobs.Supervisor, []}"), jobs);
    }

    @Test
    void requiredKeysAreNamedPlaceholders() {
        String t = entryOf("Shop.CacheServer");
        assertTrue(t.contains("{Shop.CacheServer, name: name}"), t);
        assertTrue(t.contains("# name: its start takes it with Keyword.fetch!/pop!"), t);
        assertFalse(t.contains("{Shop.CacheServer, []}"), t);
    }

    @Test
    void aModuleWithoutStartLinkGetsNoEntryButTodaysStartAndTheStartLinkItNeeds() {
        String t = entryOf("Shop.Game");
        assertFalse(t.contains("{Shop.Game, []}"), t);
        assertTrue(t.contains("Shop.Game defines no start_link"), t);
        assertTrue(t.contains("GenServer.start(Shop.Game, %{players: players, params: params})"), t);
        assertTrue(t.contains("(lib/shop/matchmaker.ex:3)"), t);
        assertTrue(t.contains("def start_link(arg), do: GenServer.start_link(__MODULE__, arg)"), t);
    }

    @Test
    void everyEntryIsWhatMixFormatWrites(@TempDir Path dir) throws Exception {
        assumeTrue(ElixirRunner.available(), "elixir is not on PATH; skipped");
        List<String> entries = List.of("Shop.Room", "Shop.Owner", "Shop.Jobs.Supervisor", "Shop.CacheServer",
                "Shop.Game").stream().map(ChildrenEntryStartTest::entryOf).toList();
        List<ElixirRunner.Verdict> verdicts = ElixirRunner.check(dir, entries);
        for (int i = 0; i < entries.size(); i++) {
            assertTrue(verdicts.get(i).parsed(), entries.get(i));
            assertEquals(entries.get(i), verdicts.get(i).formatted());
        }
    }
}
