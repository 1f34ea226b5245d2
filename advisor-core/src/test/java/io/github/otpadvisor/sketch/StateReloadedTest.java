package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the thirteenth stop (issue 11): nerves_gate's Setup reads its phase back through
 * {@code Store.read_setup/1} (a plain module whose helper reads the file) and coffee_time's Watchdog its fault file
 * in a helper of its own init/1; both were said to lose "whatever its callbacks changed since the start".
 */
class StateReloadedTest {
    @TempDir
    Path root;

    @Test
    void whatInitReadsBackThroughAStoreOrAHelperIsNotLost() throws IOException {
        var pages = ShopProject.pages(root, Map.of(
                "lib/shop/application.ex", """
                        defmodule Shop.Application do
                          use Application
                          def start(_type, _args) do
                            Supervisor.start_link([Shop.Setup, Shop.Watchdog], strategy: :one_for_one)
                          end
                        end
                        """,
                "lib/shop/store.ex", """
                        defmodule Shop.Store do
                          def read_setup(root), do: read_json(Path.join(root, "setup.json"))
                          def write_setup(root, data), do: File.write!(Path.join(root, "setup.json"), data)
                          defp read_json(path), do: File.read(path)
                        end
                        """,
                "lib/shop/setup.ex", """
                        defmodule Shop.Setup do
                          use GenServer
                          def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
                          def advance, do: GenServer.call(__MODULE__, :advance)
                          def init(opts), do: {:ok, %{root: opts[:root], phase: load(opts[:root])}}
                          def handle_call(:advance, _from, state) do
                            Shop.Store.write_setup(state.root, "next")
                            {:reply, :ok, %{state | phase: :next}}
                          end
                          defp load(root), do: Shop.Store.read_setup(root)
                        end
                        """,
                "lib/shop/watchdog.ex", """
                        defmodule Shop.Watchdog do
                          use GenServer
                          def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
                          def fault(reason), do: GenServer.call(__MODULE__, {:fault, reason})
                          def init(opts), do: {:ok, load_fault(%{path: opts[:path], fault: nil})}
                          def handle_call({:fault, reason}, _from, state) do
                            File.write!(state.path, reason)
                            {:reply, :ok, %{state | fault: reason}}
                          end
                          def load_fault(state) do
                            case File.read(state.path) do
                              {:ok, fault} -> %{state | fault: fault}
                              _ -> state
                            end
                          end
                        end
                        """));
        String setup = pages.get("Shop.Setup").toString();
        assertTrue(setup.contains("init/1 calls Shop.Store.read_setup/1 (it reads files): what the state takes from there"
                + " comes back."), setup);
        assertFalse(setup.contains("Whatever its callbacks changed since the start is lost"), setup);
        String watchdog = pages.get("Shop.Watchdog").toString();
        assertTrue(watchdog.contains("reading files"), watchdog);
        assertFalse(watchdog.contains("Whatever its callbacks changed since the start is lost"), watchdog);
    }

    @Test
    void whatHandleContinueLoadsThroughARepoPickedAtRunTimeIsNotLost() throws IOException {
        // blockscout's Beacon.Deposit: init/1 returns nil and a continue, whose clause reads its cursor back with
        // Deposit.get_latest_deposit() (def get_latest_deposit(options \\ [])), a Chain.select_repo(options).one(..)
        var pages = ShopProject.pages(root, Map.of(
                "lib/shop/application.ex", """
                        defmodule Shop.Application do
                          use Application
                          def start(_type, _args) do
                            Supervisor.start_link([Shop.Fetcher], strategy: :one_for_one)
                          end
                        end
                        """,
                "lib/shop/chain.ex", """
                        defmodule Shop.Chain do
                          def select_repo(options), do: if(options[:api?], do: Shop.Repo.replica(), else: Shop.Repo)
                        end
                        """,
                "lib/shop/deposit.ex", """
                        defmodule Shop.Deposit do
                          alias Shop.Chain
                          def latest(options \\\\ []), do: Chain.select_repo(options).one(Shop.Deposit)
                        end
                        """,
                "lib/shop/fetcher.ex", """
                        defmodule Shop.Fetcher do
                          use GenServer
                          def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
                          def init(_opts), do: {:ok, nil, {:continue, :load}}
                          def handle_continue(:load, _state), do: {:noreply, %{index: Shop.Deposit.latest()}}
                          def handle_info(:tick, state), do: {:noreply, %{state | index: state.index + 1}}
                        end
                        """));
        String fetcher = pages.get("Shop.Fetcher").toString();
        assertTrue(fetcher.contains("handle_continue/2 then calls Shop.Deposit.latest/0 (it reads the database): what"
                + " the state takes from there comes back."), fetcher);
        assertFalse(fetcher.contains("Whatever its callbacks changed since the start is lost"), fetcher);
    }

    @Test
    void whatInitReadsBackFromATableItDoesNotOwnIsNotLost() throws IOException {
        // wanderer's MapPool merges the map ids MapPoolState keeps for it in a table the application owns
        var pages = ShopProject.pages(root, Map.of(
                "lib/shop/application.ex", """
                        defmodule Shop.Application do
                          use Application
                          def start(_type, _args) do
                            Shop.PoolState.init_table()
                            Supervisor.start_link([{Shop.Pool, "p1"}, Shop.Owner], strategy: :one_for_one)
                          end
                        end
                        """,
                "lib/shop/pool_state.ex", """
                        defmodule Shop.PoolState do
                          def init_table, do: :ets.new(:pool_state, [:set, :public, :named_table])
                          def save(id, ids), do: :ets.insert(:pool_state, {id, ids})
                          def get(id) do
                            case :ets.lookup(:pool_state, id) do
                              [{^id, ids}] -> ids
                              [] -> []
                            end
                          end
                        end
                        """,
                "lib/shop/pool.ex", """
                        defmodule Shop.Pool do
                          use GenServer
                          def start_link(id), do: GenServer.start_link(__MODULE__, id)
                          def add(pid, map_id), do: GenServer.call(pid, {:add, map_id})
                          def init(id), do: {:ok, %{id: id, ids: Shop.PoolState.get(id)}}
                          def handle_call({:add, map_id}, _from, state) do
                            ids = [map_id | state.ids]
                            Shop.PoolState.save(state.id, ids)
                            {:reply, :ok, %{state | ids: ids}}
                          end
                        end
                        """,
                "lib/shop/owner.ex", """
                        defmodule Shop.Owner do
                          use GenServer
                          def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
                          def put(k, v), do: GenServer.call(__MODULE__, {:put, k, v})
                          def init(:ok) do
                            :ets.new(:owned, [:set, :named_table])
                            {:ok, %{ids: Shop.PoolState.get(:owner)}}
                          end
                          def handle_call({:put, k, v}, _from, state) do
                            :ets.insert(:owned, {k, v})
                            {:reply, :ok, %{state | ids: [k | state.ids]}}
                          end
                        end
                        """));
        String pool = pages.get("Shop.Pool").toString();
        assertTrue(pool.contains("init/1 calls Shop.PoolState.get/1 (it reads an ETS table it does not own): what the"
                + " state takes from there comes back."), pool);
        assertFalse(pool.contains("Whatever its callbacks changed since the start is lost"), pool);
        // one that owns tables may be reading its own, which dies with it: not said to come back
        String owner = pages.get("Shop.Owner").toString();
        assertFalse(owner.contains("(it reads an ETS table it does not own)"), owner);
    }
}
