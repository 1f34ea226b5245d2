defmodule MyApp.Rooms.Room do
  @moduledoc "A chat room process named after its id: one new atom per room, never collected."
  use GenServer, restart: :transient

  def start_link(room_id) do
    GenServer.start_link(__MODULE__, room_id, name: String.to_atom("room_" <> room_id)) # expect: OTP008
  end

  def open(room_id) do
    case DynamicSupervisor.start_child(MyApp.RoomSupervisor, {__MODULE__, room_id}) do
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
    end
  end

  @impl true
  def init(room_id), do: {:ok, %{id: room_id, last_message_at: nil}, :timer.hours(1)}

  @impl true
  def handle_cast({:message, _msg}, state), do: {:noreply, %{state | last_message_at: DateTime.utc_now()}, :timer.hours(1)}

  @impl true
  def handle_info(:timeout, state), do: {:stop, :normal, state}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{DynamicSupervisor, strategy: :one_for_one, name: MyApp.RoomSupervisor}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
