defmodule Shop.Rooms.Room do
  use GenServer

  def start_link(room_id) do
    name = String.to_atom("room_#{room_id}")
    GenServer.start_link(__MODULE__, room_id, name: name)
  end

  def start_global(room_id) do
    GenServer.start_link(__MODULE__, room_id, name: {:global, :"room_#{room_id}"})
  end

  def start_existing(room_id) do
    GenServer.start_link(__MODULE__, room_id, name: String.to_existing_atom(room_id))
  end

  def start_partitioned(room_id) do
    DynamicSupervisor.start_child(
      {:via, PartitionSupervisor, {Shop.RoomSupervisors, self()}},
      {__MODULE__, room_id}
    )
  end

  @impl true
  def init(room_id) do
    Process.send_after(self(), :tick, 1_000)
    {:ok, %{id: room_id, players: []}}
  end

  @impl true
  def handle_info(:tick, state) do
    Process.send_after(self(), :tick, 1_000)
    {:noreply, state}
  end

  @impl true
  def handle_call({:join, player}, _from, state) do
    {:reply, :ok, %{state | players: [player | state.players]}}
  end
end
