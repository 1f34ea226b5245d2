package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.analysis.AnalysisResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OTP013's before/after of a fitting module (issue 11): the slow call moves to handle_continue/2 with every
 * statement and state field that depends on it, and init/1 keeps the rest; the after is what mix format writes.
 */
class InitContinueSketchTest {
    @TempDir
    Path root;

    private static final String APP = """
            defmodule Shop.Application do
              use Application
              def start(_type, _args) do
                children = [%CHILD%]
                Supervisor.start_link(children, strategy: :one_for_one)
              end
            end
            """;

    private String implementation(String module, String child, String code) throws IOException {
        AnalysisResult r = ShopProject.analyze(root, java.util.Map.of("lib/shop/application.ex",
                APP.replace("%CHILD%", child), "lib/shop/server.ex", code));
        return ElixirSketches.implementation(ShopProject.input(r, module));
    }

    /** The fenced sketch is valid Elixir that mix format leaves as it is (skipped without elixir). */
    private void formatted(String impl) throws Exception {
        if (!ElixirRunner.available()) {
            return;
        }
        ElixirRunner.Verdict v = ElixirRunner.check(root.resolve("elixir-check"), List.of(impl)).get(0);
        assertTrue(v.parsed(), () -> v.parseError() + "\n" + impl);
        assertEquals(impl, v.formatted(), "mix format would change it");
    }

    @Test
    void theSlowCallMovesWithEveryStatementAndFieldBuiltFromIt() throws Exception {
        Files.createDirectories(root.resolve("elixir-check"));
        String impl = implementation("Shop.Game", "{Shop.Game, %{players: [], params: %{}}}", """
                defmodule Shop.Game do
                  use GenServer
                  alias Shop.Config

                  def start_link(args), do: GenServer.start_link(__MODULE__, args, name: __MODULE__)

                  def init(%{players: players, params: params}) do
                    game_id = System.unique_integer()
                    config = Config.fetch_remote(params.map)
                    config = Map.put(config, :params, params)

                    players = Enum.sort(players)
                    board = new_board(game_id, players, config)
                    match_id = System.unique_integer()

                    if config.bounties?, do: Process.send_after(self(), :bounty, config.wait)

                    {:ok,
                     %{
                       game_id: game_id,
                       match_id: match_id,
                       config: config,
                       board: board,
                       players: players
                     }}
                  end

                  def handle_info(:bounty, state), do: {:noreply, state}

                  defp new_board(id, players, config), do: {id, players, config}
                end
                """ + """
                defmodule Shop.Config do
                  def fetch_remote(map), do: Finch.build(:get, "http://x/" <> map) |> Finch.request(Shop.Finch)
                end
                """);
        assertTrue(impl.contains("""
                def init(%{players: players, params: params}) do
                  game_id = System.unique_integer()

                  players = Enum.sort(players)
                  match_id = System.unique_integer()

                  state = %{game_id: game_id, match_id: match_id, players: players}
                """), impl);
        assertTrue(impl.contains("{:ok, state, {:continue, {:load, load_args}}}"), impl);
        assertTrue(impl.contains("def handle_continue({:load, load_args}, state) do\n"
                + "  %{params: params, game_id: game_id, players: players} = load_args\n\n"
                + "  config = Config.fetch_remote(params.map)\n"
                + "  config = Map.put(config, :params, params)\n\n"
                + "  board = new_board(game_id, players, config)\n"), impl);
        assertTrue(impl.contains("config, board and the state's config, board."), impl);
        assertTrue(impl.contains("  if config.bounties?, do: Process.send_after(self(), :bounty, config.wait)\n"), impl);
        assertTrue(impl.contains("  loaded = %{config: config, board: board}\n\n"
                + "  {:noreply, Map.merge(state, loaded)}\nend"), impl);
        formatted(impl);
    }

    @Test
    void aSlowHelperOfInitMovesTheStatementThatCallsIt() throws Exception {
        Files.createDirectories(root.resolve("elixir-check"));
        String impl = implementation("Shop.Scheduler", "Shop.Scheduler", """
                defmodule Shop.Scheduler do
                  use GenServer

                  def start_link(_), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)

                  def init(opts) do
                    mode = opts[:mode] || :default
                    {:ok, conn} = Postgrex.start_link(Shop.Repo.config())
                    leading? = leading?(conn)

                    state = %{conn: conn, leading?: leading?, mode: mode}

                    case mode do
                      :default ->
                        Process.send_after(self(), :tick, 1000)
                        {:ok, state, {:continue, :restore}}

                      :manual ->
                        {:ok, state}
                    end
                  end

                  def handle_continue(:restore, state), do: {:noreply, state}
                  def handle_info(:tick, state), do: {:noreply, state}

                  defp leading?(conn) do
                    case Postgrex.query(conn, "SELECT pg_try_advisory_lock($1)", [1]) do
                      {:ok, %{rows: [[true]]}} -> true
                      _ -> false
                    end
                  end
                end
                """);
        // Its return is a case on the mode: the whole body moves, every {:ok, ..} becoming {:noreply, ..}.
        assertTrue(impl.contains("# before: init/1 waits for leading? before it returns"), impl);
        assertTrue(impl.contains("def init(opts) do\n  {:ok, nil, {:continue, {:load, opts}}}\nend"), impl);
        assertTrue(impl.contains("def handle_continue({:load, opts}, nil) do\n  mode = opts[:mode] || :default\n"
                + "  {:ok, conn} = Postgrex.start_link(Shop.Repo.config())\n  leading? = leading?(conn)\n"), impl);
        assertTrue(impl.contains("      {:noreply, state, {:continue, :restore}}\n"), impl);
        assertTrue(impl.contains("      {:noreply, state}\n"), impl);
        assertFalse(impl.contains("  {:ok, state"), impl);
        formatted(impl);
    }

    /**
     * A statement after the slow call that creates an ETS table stays in init/1: the next child reads the table in
     * its own init/1, and a reader does not wait in the mailbox for handle_continue/2. A module with only init/1
     * would be a start-up step (no OTP013 at all): this one handles a call.
     */
    @Test
    void aTableMadeWithWhatTheSlowCallReturnsIsNotMovedAsCode() throws Exception {
        String impl = implementation("Shop.Counter", "Shop.Counter, Shop.Poller", """
                defmodule Shop.Counter do
                  use GenServer

                  def start_link(_), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)

                  def init(state) do
                    count = fetch_count()
                    create(:counts, count)
                    {:ok, state}
                  end

                  def handle_call(:count, _from, state), do: {:reply, get(:counts), state}

                  def create(table, count) do
                    :ets.new(table, [:named_table, :public])
                    :ets.insert(table, {:count, count})
                  end

                  def get(table), do: :ets.lookup(table, :count)

                  defp fetch_count do
                    {:ok, resp} = Finch.build(:get, "http://x/count") |> Finch.request(Shop.Finch)
                    String.to_integer(resp.body)
                  end
                end
                """ + """
                defmodule Shop.Poller do
                  use GenServer
                  def start_link(_), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)
                  def init(_), do: {:ok, Shop.Counter.get(:counts)}
                  def handle_call(:count, _from, c), do: {:reply, c, c}
                end
                """);
        assertTrue(impl.contains("# OTP013 at lib/shop/server.ex:"), impl);
        assertTrue(impl.contains("# Not moved as code: the statement of init/1 'create(:counts, count)', at or after the"
                + " slow\n# call, creates an ETS table (itself or through a function of the module) that other"), impl);
        assertTrue(impl.contains("Keep creating it in init/1"), impl);
        assertFalse(impl.contains("def handle_continue"), impl);
    }

    /** A table init/1 creates before the slow call, from nothing it loads, stays in init/1 when the cut is clean. */
    @Test
    void aTableMadeBeforeTheSlowCallStaysInInit() throws Exception {
        Files.createDirectories(root.resolve("elixir-check"));
        String impl = implementation("Shop.Prices", "Shop.Prices", """
                defmodule Shop.Prices do
                  use GenServer

                  def start_link(_), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)

                  def init(_) do
                    table = :ets.new(:prices, [:named_table, :public])
                    prices = Shop.Remote.fetch_prices()
                    Process.send_after(self(), :refresh, 60_000)
                    {:ok, %{table: table, prices: prices}}
                  end

                  def handle_call(:prices, _from, state), do: {:reply, state.prices, state}

                  def handle_info(:refresh, state) do
                    Process.send_after(self(), :refresh, 60_000)
                    {:noreply, %{state | prices: Shop.Remote.fetch_prices()}}
                  end
                end
                """ + """
                defmodule Shop.Remote do
                  def fetch_prices, do: Finch.build(:get, "http://x/") |> Finch.request(Shop.Finch)
                end
                """);
        assertTrue(impl.contains("def init(_) do\n  table = :ets.new(:prices, [:named_table, :public])\n"), impl);
        assertTrue(impl.contains("def handle_continue(:load, state) do\n  prices = Shop.Remote.fetch_prices()"), impl);
        formatted(impl);
    }

    @Test
    void aFunctionCapturedByNameIsNoValueToCarry() throws Exception {
        // wocky's Presence.Manager: Enum.reduce(.., &maybe_monitor/2) in the moved code gave load_args a key
        // maybe_monitor: maybe_monitor, an undefined variable
        String impl = implementation("Shop.Presence", "{Shop.Presence, []}", """
                defmodule Shop.Presence do
                  use GenServer

                  def start_link(user), do: GenServer.start_link(__MODULE__, user, name: __MODULE__)

                  def init(user) do
                    {:ok, refs} =
                      Repo.transaction(fn ->
                        user
                        |> Repo.stream()
                        |> Enum.reduce(%{}, &maybe_monitor/2)
                      end)

                    {:ok, %{user: user, refs: refs}}
                  end

                  def handle_call(:refs, _from, state), do: {:reply, state.refs, state}

                  defp maybe_monitor(contact, acc), do: Map.put(acc, contact, Process.monitor(contact))
                end
                """);
        assertTrue(impl.contains("handle_continue"), impl);
        assertFalse(impl.contains("maybe_monitor: maybe_monitor"), impl);
        assertTrue(impl.contains("&maybe_monitor/2"), impl);
    }

    @Test
    void aVariableTheMovedCodeBindsInABranchIsNoValueToCarry() throws Exception {
        // sensocto's Bridge: {:ok, socket} = :gen_tcp.connect(..) in the else branch gave load_args socket: socket,
        // an undefined variable in init/1
        Files.createDirectories(root.resolve("elixir-check"));
        String impl = implementation("Shop.Bridge", "{Shop.Bridge, []}", """
                defmodule Shop.Bridge do
                  use GenServer

                  def start_link(_), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)

                  def init([]) do
                    port = String.to_integer(System.get_env("BRIDGE_PORT", "0"))

                    {socket, send} =
                      if port == 0 do
                        {nil, fn _, _ -> :ok end}
                      else
                        {:ok, socket} = :gen_tcp.connect({127, 0, 0, 1}, port, packet: 4, active: true)
                        {socket, &:gen_tcp.send/2}
                      end

                    {:ok, %{port: port, socket: socket, send: send}}
                  end

                  def handle_call(:port, _from, state), do: {:reply, state.port, state}
                end
                """);
        assertTrue(impl.contains("handle_continue"), impl);
        assertFalse(impl.contains("socket: socket}"), impl);
        assertTrue(impl.contains("{:ok, state, {:continue, {:load, port}}}"), impl);
        formatted(impl);
    }
}
