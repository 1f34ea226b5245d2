defmodule MyApp.Room do
  use GenServer

  # A public start API: unlinked, handed to its caller (not flagged here).
  def start(room_id, opts), do: GenServer.start(__MODULE__, room_id, opts)

  def add_peer(room, peer), do: GenServer.call(room, {:add_peer, peer})

  @impl true
  def init(room_id), do: {:ok, %{id: room_id, peers: []}}

  @impl true
  def handle_call({:add_peer, peer}, _from, state) do
    {:reply, :ok, %{state | peers: [peer | state.peers]}}
  end
end

defmodule MyAppWeb.RoomChannel do
  use Phoenix.Channel

  # Each join may start a room that no supervisor knows.
  def join("room:" <> room_id, _params, socket) do
    room =
      case :global.whereis_name(room_id) do
        :undefined ->
          {:ok, pid} = MyApp.Room.start(room_id, name: {:global, room_id}) # expect: OTP005
          pid

        pid ->
          pid
      end

    :ok = MyApp.Room.add_peer(room, self())
    {:ok, assign(socket, :room, room)}
  end
end
