defmodule MyApp.Rooms.Room do
  @moduledoc "A game room: players and a round timer. The timer is why it is a process."
  use GenServer

  @round_ms 30_000

  def start_link(room_id), do: GenServer.start_link(__MODULE__, room_id, name: via(room_id))

  def open(room_id) do
    case DynamicSupervisor.start_child(MyApp.RoomSupervisor, {__MODULE__, room_id}) do
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
    end
  end

  def join(room_id, player), do: GenServer.call(via(room_id), {:join, player})

  defp via(room_id), do: {:via, Registry, {MyApp.RoomRegistry, room_id}}

  @impl true
  def init(room_id), do: {:ok, %{id: room_id, players: MapSet.new(), round: 0, timer: nil}}

  @impl true
  def handle_call({:join, player}, _from, state) do
    state = %{state | players: MapSet.put(state.players, player)}
    {:reply, :ok, maybe_start_round(state)}
  end

  @impl true
  def handle_info(:round_over, state) do
    Phoenix.PubSub.broadcast(MyApp.PubSub, "room:#{state.id}", {:round_over, state.round})
    {:noreply, maybe_start_round(%{state | timer: nil})}
  end

  defp maybe_start_round(%{timer: nil, players: players} = state) when map_size(players) >= 2 do
    %{state | round: state.round + 1, timer: Process.send_after(self(), :round_over, @round_ms)}
  end

  defp maybe_start_round(state), do: state
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Phoenix.PubSub, name: MyApp.PubSub},
      {Registry, keys: :unique, name: MyApp.RoomRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.RoomSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
