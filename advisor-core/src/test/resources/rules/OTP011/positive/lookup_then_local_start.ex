defmodule Chat.Rooms do
  @moduledoc "The lookup finds nothing, a local helper starts the room and matches only {:ok, pid}."

  def room_pid(room_id) do
    case Registry.lookup(Chat.RoomRegistry, room_id) do
      [{pid, _}] -> pid
      [] -> start_room(room_id)
    end
  end

  defp start_room(room_id) do
    {:ok, pid} = DynamicSupervisor.start_child(Chat.RoomSupervisor, {Chat.Room, room_id}) # expect: OTP011
    pid
  end
end

defmodule Chat.Room do
  use GenServer, restart: :transient

  def start_link(room_id) do
    GenServer.start_link(__MODULE__, room_id, name: {:via, Registry, {Chat.RoomRegistry, room_id}})
  end

  def post(pid, message), do: GenServer.cast(pid, {:post, message})

  @impl true
  def init(room_id), do: {:ok, %{id: room_id, messages: []}, :timer.minutes(30)}

  @impl true
  def handle_cast({:post, message}, state) do
    Phoenix.PubSub.broadcast(Chat.PubSub, "room:" <> state.id, {:message, message})
    {:noreply, %{state | messages: [message | state.messages]}, :timer.minutes(30)}
  end

  @impl true
  def handle_info(:timeout, state), do: {:stop, :normal, state}
end

defmodule Chat.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: Chat.RoomRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: Chat.RoomSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Chat.Supervisor)
  end
end
