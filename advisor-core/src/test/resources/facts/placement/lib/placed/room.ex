defmodule Placed.Room do
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: {:via, Registry, {Placed.Registry, {:room, id}}})

  def open(id) do
    # the PartitionSupervisor's via name, held in a variable
    via = {:via, PartitionSupervisor, {Placed.Rooms, id}}
    DynamicSupervisor.start_child(via, {__MODULE__, id})
  end

  def init(id) do
    Process.send_after(self(), :close, 60_000)
    {:ok, id}
  end

  def handle_info(:close, id), do: {:stop, :normal, id}
end
