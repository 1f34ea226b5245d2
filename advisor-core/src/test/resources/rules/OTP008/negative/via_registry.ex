defmodule MyApp.Rooms.Room do
  @moduledoc "Named through Registry with any term as key: no atoms, entries removed when a room dies."
  use GenServer, restart: :transient

  def start_link(room_id), do: GenServer.start_link(__MODULE__, room_id, name: via(room_id))

  def open(room_id) do
    case DynamicSupervisor.start_child(MyApp.RoomSupervisor, {__MODULE__, room_id}) do
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
    end
  end

  def post(room_id, msg), do: GenServer.cast(via(room_id), {:post, msg})

  defp via(room_id), do: {:via, Registry, {MyApp.RoomRegistry, {:room, "room_#{room_id}"}}}

  @impl true
  def init(room_id) do
    Registry.register(MyApp.TopicRegistry, "rooms:#{room_id}", [])
    {:ok, %{id: room_id, count: 0}, :timer.minutes(30)}
  end

  @impl true
  def handle_cast({:post, _msg}, state), do: {:noreply, %{state | count: state.count + 1}, :timer.minutes(30)}

  @impl true
  def handle_info(:timeout, state), do: {:stop, :normal, state}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.RoomRegistry},
      {Registry, keys: :duplicate, name: MyApp.TopicRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.RoomSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
