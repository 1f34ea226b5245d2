defmodule MyAppWeb.QueueChannel do
  @moduledoc "Every join goes through one matchmaking server: its mailbox, not the supervisor, paces the starts."
  use Phoenix.Channel

  def join("queue:" <> player_id, _params, socket) do
    :ok = MyApp.Matchmaking.join(player_id)
    {:ok, socket}
  end
end

defmodule MyApp.Matchmaking do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, %{waiting: []}, name: __MODULE__)
  def join(player_id), do: GenServer.call(__MODULE__, {:join, player_id})

  @impl true
  def init(state), do: {:ok, state}

  @impl true
  def handle_call({:join, player_id}, _from, %{waiting: [other | rest]} = state) do
    game_id = System.unique_integer([:positive])
    {:ok, _} = DynamicSupervisor.start_child(MyApp.GameSupervisor, {MyApp.Game, game_id: game_id, players: [player_id, other]})
    {:reply, :ok, %{state | waiting: rest}}
  end

  def handle_call({:join, player_id}, _from, state) do
    {:reply, :ok, %{state | waiting: [player_id | state.waiting]}}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.GameSupervisor},
      MyApp.Matchmaking
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
