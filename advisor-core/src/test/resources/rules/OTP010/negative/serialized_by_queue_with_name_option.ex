defmodule MyAppWeb.LobbyChannel do
  @moduledoc """
  Every player goes through one queue server whose start_link takes its name from the options (defaulting to the
  module): its mailbox paces the game starts (dara-dots' TttPlayerQueue).
  """
  use Phoenix.Channel

  def join("lobby:" <> player_id, _params, socket) do
    MyApp.PlayerQueue.add_player(player_id)
    {:ok, socket}
  end
end

defmodule MyApp.PlayerQueue do
  use GenServer

  def start_link(opts) do
    opts = Keyword.put_new(opts, :name, __MODULE__)
    GenServer.start_link(__MODULE__, opts, name: opts[:name])
  end

  def add_player(player_id), do: GenServer.cast(__MODULE__, {:add_player, player_id})

  @impl true
  def init(_), do: {:ok, []}

  @impl true
  def handle_cast({:add_player, player_id}, [other | rest]) do
    start_game(player_id, other)
    {:noreply, rest}
  end

  def handle_cast({:add_player, player_id}, waiting), do: {:noreply, [player_id | waiting]}

  defp start_game(a, b) do
    game_id = System.unique_integer([:positive])
    MyApp.GameSupervisor.find_game(game_id, [a, b])
  end
end

defmodule MyApp.GameSupervisor do
  use DynamicSupervisor

  def start_link(_), do: DynamicSupervisor.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok), do: DynamicSupervisor.init(strategy: :one_for_one)

  def find_game(game_id, players) do
    case DynamicSupervisor.start_child(__MODULE__, {MyApp.Game, {game_id, players}}) do
      {:ok, pid} -> pid
      {:error, {:already_started, pid}} -> pid
    end
  end
end

defmodule MyApp.Game do
  use GenServer

  def start_link({game_id, players}) do
    GenServer.start_link(__MODULE__, players, name: {:via, Registry, {MyApp.Registry, game_id}})
  end

  @impl true
  def init(players), do: {:ok, %{players: players}}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.Registry},
      MyApp.GameSupervisor,
      MyApp.PlayerQueue
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
