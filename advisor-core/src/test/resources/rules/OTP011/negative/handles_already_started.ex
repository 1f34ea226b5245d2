defmodule Games.Lobby do
  @moduledoc "get_or_start with the already_started clause: the loser of the race gets the winner's pid."

  def lobby(game_id) do
    case Registry.lookup(Games.Registry, game_id) do
      [{pid, _}] ->
        {:ok, pid}

      [] ->
        case DynamicSupervisor.start_child(Games.LobbySupervisor, {Games.LobbyServer, game_id}) do
          {:ok, pid} -> {:ok, pid}
          {:error, {:already_started, pid}} -> {:ok, pid}
        end
    end
  end

  def join_with(game_id, player) do
    with [] <- Registry.lookup(Games.Registry, {:seat, game_id}),
         {:ok, pid} <- DynamicSupervisor.start_child(Games.LobbySupervisor, {Games.LobbyServer, {:seat, game_id}}) do
      Games.LobbyServer.join(pid, player)
    else
      [{pid, _}] -> Games.LobbyServer.join(pid, player)
      {:error, {:already_started, pid}} -> Games.LobbyServer.join(pid, player)
    end
  end

  def spectate(game_id) do
    case Registry.lookup(Games.Registry, {:spectators, game_id}) do
      [{pid, _}] -> {:ok, pid}
      [] -> Games.LobbySupervisor |> DynamicSupervisor.start_child({Games.LobbyServer, {:spectators, game_id}}) |> found()
    end
  end

  defp found({:ok, pid}), do: {:ok, pid}
  defp found({:error, {:already_started, pid}}), do: {:ok, pid}
  defp found(other), do: other
end

defmodule Games.LobbyServer do
  use GenServer, restart: :transient

  def start_link(key), do: GenServer.start_link(__MODULE__, key, name: {:via, Registry, {Games.Registry, key}})

  def join(pid, player), do: GenServer.call(pid, {:join, player})

  @impl true
  def init(key), do: {:ok, %{key: key, players: []}, :timer.minutes(10)}

  @impl true
  def handle_call({:join, player}, _from, state) do
    Phoenix.PubSub.broadcast(Games.PubSub, "lobby", {:joined, player})
    {:reply, :ok, %{state | players: [player | state.players]}, :timer.minutes(10)}
  end

  @impl true
  def handle_info(:timeout, state), do: {:stop, :normal, state}
end

defmodule Games.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: Games.Registry},
      {DynamicSupervisor, strategy: :one_for_one, name: Games.LobbySupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Games.Supervisor)
  end
end
