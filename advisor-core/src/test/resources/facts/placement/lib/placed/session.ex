defmodule Placed.Session do
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: via(id))

  def open(id), do: DynamicSupervisor.start_child(Placed.Sessions, {__MODULE__, id})

  def touch(id), do: GenServer.cast(via(id), :touch)

  defp via(id), do: {:via, Registry, {Placed.Registry, id}}

  def init(id) do
    Process.send_after(self(), :expire, 60_000)
    {:ok, %{id: id, touched: 0}}
  end

  def handle_cast(:touch, state), do: {:noreply, %{state | touched: state.touched + 1}}

  def handle_info(:expire, state), do: {:stop, :normal, state}
end
