defmodule MyApp.Presence.Tracker do
  @moduledoc "Counts online users per room and broadcasts changes."
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok), do: {:ok, %{}}

  @impl true
  def handle_info({:joined, room_id}, rooms), do: {:noreply, bump(rooms, room_id, 1)}
  def handle_info({:left, room_id}, rooms), do: {:noreply, bump(rooms, room_id, -1)}

  defp bump(rooms, room_id, delta) do
    rooms = Map.update(rooms, room_id, max(delta, 0), &max(&1 + delta, 0))
    Phoenix.PubSub.broadcast(MyApp.PubSub, "presence:#{room_id}", {:online, rooms[room_id]})
    rooms
  end
end

defmodule MyAppWeb.RoomChannel do
  use MyAppWeb, :channel

  def join("room:" <> room_id, _params, socket) do
    send(MyApp.Presence.Tracker, {:joined, room_id}) # expect: OTP007
    {:ok, assign(socket, :room_id, room_id)}
  end

  def terminate(_reason, socket) do
    send(MyApp.Presence.Tracker, {:left, socket.assigns.room_id}) # expect: OTP007
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{Phoenix.PubSub, name: MyApp.PubSub}, MyApp.Presence.Tracker]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
