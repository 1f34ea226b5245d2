package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the seventh stop (issue 11): archethic's benchmark SeedHolder, GenServer -> Agent. Today
 * {@code GenServer.start_link(__MODULE__, opts)} (no name) and init/1 builds the state from
 * {@code Keyword.fetch!(args, :seeds)}; the Agent sketch started from {@code %{}} and lost the seeds.
 */
class AgentStateFromInitTest {
    @TempDir
    Path root;

    @Test
    void theAgentStartsWithTheStateInitBuildsFromItsArguments() throws IOException {
        AnalysisResult r = ShopProject.analyze(root, Map.of("lib/shop/seed_holder.ex", """
                defmodule Shop.SeedHolder do
                  use GenServer

                  def start_link(opts \\\\ []) do
                    GenServer.start_link(__MODULE__, opts)
                  end

                  def init(args) do
                    seeds = Keyword.fetch!(args, :seeds)
                    state = Enum.map(seeds, fn seed -> {seed, 0} end) |> Enum.into(%{})
                    {:ok, state}
                  end

                  def get_seeds(pid), do: GenServer.call(pid, :get_seeds)

                  def put_seed(pid, seed, index), do: GenServer.cast(pid, {:put, seed, index})

                  def handle_call(:get_seeds, _from, state), do: {:reply, Map.keys(state), state}

                  def handle_cast({:put, seed, index}, state), do: {:noreply, Map.put(state, seed, index + 1)}
                end
                """, "lib/shop/bench.ex", """
                defmodule Shop.Bench do
                  def plan(seeds) do
                    {:ok, pid} = Shop.SeedHolder.start_link(seeds: seeds)
                    Shop.SeedHolder.get_seeds(pid)
                  end
                end
                """));
        String sketch = ElixirSketches.implementation(ShopProject.input(r, "Shop.SeedHolder"));
        assertTrue(sketch.contains("use Agent"), sketch);
        assertTrue(sketch.contains("Agent.start_link(fn ->\n      args = opts\n      seeds = Keyword.fetch!(args, :seeds)"),
                sketch);
        assertFalse(sketch.contains("fn -> %{} end"), sketch);
        assertTrue(Messages.parses(sketch), sketch);
    }
    @Test
    void theLinesBeforeTodaysStartStayAndItsStructToo() throws IOException {
        // dispatch's FakeSlack: start_link builds its options and its %State{} before GenServer.start_link; the
        // Agent had started from %{} without a name and without the struct its functions read
        AnalysisResult r = ShopProject.analyze(root, Map.of("lib/shop/fake_mailer.ex", """
                defmodule Shop.FakeMailer do
                  use GenServer
                  alias __MODULE__, as: State
                  defstruct [:token, calls: []]

                  def start_link(opts \\\\ []) do
                    opts =
                      case Keyword.get(opts, :name, :default) do
                        :default -> [name: __MODULE__]
                        nil -> []
                        name -> [name: name]
                      end

                    state = %State{token: System.get_env("TOKEN")}
                    GenServer.start_link(__MODULE__, state, opts)
                  end

                  def deliver(mail, server \\\\ __MODULE__), do: GenServer.call(server, {:deliver, mail})
                  def last(server \\\\ __MODULE__), do: GenServer.call(server, :last)

                  def init(state), do: {:ok, state}

                  def handle_call({:deliver, mail}, _from, state), do: {:reply, :ok, %{state | calls: [mail | state.calls]}}
                  def handle_call(:last, _from, state), do: {:reply, hd(state.calls), state}
                end
                """, "lib/shop/mailing.ex", """
                defmodule Shop.Mailing do
                  def send_all(mails), do: Enum.each(mails, &Shop.FakeMailer.deliver/1)
                end
                """));
        String sketch = ElixirSketches.implementation(ShopProject.input(r, "Shop.FakeMailer"));
        assertTrue(sketch.contains("use Agent"), sketch);
        assertTrue(sketch.contains("  defstruct [:token, calls: []]\n"), sketch);
        assertTrue(sketch.contains("    state = %State{token: System.get_env(\"TOKEN\")}\n\n"
                + "    Agent.start_link(fn -> state end, opts)\n"), sketch);
        assertTrue(sketch.contains("        :default -> [name: __MODULE__]\n"), sketch);
        assertFalse(sketch.contains("fn -> %{} end"), sketch);
        assertTrue(Messages.parses(sketch), sketch);
    }

    @Test
    void anInitWithADefaultArgumentGivesTheAgentItsStateAndStartLinkKeepsItsDefault() throws IOException {
        // mobile_app_backend's LastFreshStore.Impl: init(opts \\ []) -> Keyword.get(opts, :now, DateTime.utc_now())
        AnalysisResult r = ShopProject.analyze(root, Map.of("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    Supervisor.start_link([Shop.LastFresh], strategy: :one_for_one)
                  end
                end
                """, "lib/shop/last_fresh.ex", """
                defmodule Shop.LastFresh do
                  use GenServer

                  def start_link(opts \\\\ []) do
                    GenServer.start_link(__MODULE__, opts, name: __MODULE__)
                  end

                  def init(opts \\\\ []) do
                    {:ok, Keyword.get(opts, :now, DateTime.utc_now())}
                  end

                  def last_fresh, do: GenServer.call(__MODULE__, :get)
                  def update(timestamp), do: GenServer.call(__MODULE__, {:update, timestamp})

                  def handle_call(:get, _from, last), do: {:reply, last, last}
                  def handle_call({:update, timestamp}, _from, _last), do: {:reply, :ok, timestamp}
                end
                """));
        String sketch = ElixirSketches.implementation(ShopProject.input(r, "Shop.LastFresh"));
        assertTrue(sketch.contains("use Agent"), sketch);
        assertTrue(sketch.contains("def start_link(opts \\\\ []) do"), sketch);
        assertTrue(sketch.contains("Agent.start_link(fn -> Keyword.get(opts, :now, DateTime.utc_now()) end, name: __MODULE__)"),
                sketch);
        assertFalse(sketch.contains("fn -> %{} end"), sketch);
        assertTrue(Messages.parses(sketch), sketch);
    }
    @Test
    void aFunctionThatStartsTodaysGenServerIsNamedToChangeNotUnchanged() throws IOException {
        // elixir-node's PoiPersistence: prepare_for_requests/1 starts the process with the caller's store.
        AnalysisResult r = ShopProject.analyze(root, Map.of("lib/shop/poi.ex", """
                defmodule Shop.Poi do
                  use GenServer

                  def prepare_for_requests(store) do
                    GenServer.start_link(__MODULE__, store, name: __MODULE__)
                  end

                  def init(store), do: {:ok, store}

                  def put(key, value), do: GenServer.call(__MODULE__, {:put, key, value})

                  def finalize do
                    state = GenServer.call(__MODULE__, :finalize)
                    :ok = GenServer.stop(__MODULE__)
                    state
                  end

                  def handle_call({:put, key, value}, _from, state), do: {:reply, :ok, Map.put(state, key, value)}
                  def handle_call(:finalize, _from, state), do: {:reply, state, state}
                end
                """, "lib/shop/proof.ex", """
                defmodule Shop.Proof do
                  def build(store, pairs) do
                    Shop.Poi.prepare_for_requests(store)
                    Enum.each(pairs, fn {k, v} -> Shop.Poi.put(k, v) end)
                    Shop.Poi.finalize()
                  end
                end
                """));
        String sketch = ElixirSketches.implementation(ShopProject.input(r, "Shop.Poi"));
        assertFalse(sketch.contains("Unchanged: prepare_for_requests/1"), sketch);
        assertTrue(sketch.contains("To change: def prepare_for_requests/1 starts today's process itself"), sketch);
    }
}
