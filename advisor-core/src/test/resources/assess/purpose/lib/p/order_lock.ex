defmodule P.OrderLock do
  @moduledoc """
  Keeps order updates apart.

  The OrderLock acts as a locking mechanism to ensure an order can only be
  updated sequentially, so that two updates of one order never race.
  """
  use GenServer

  def start_link(idx), do: GenServer.start_link(__MODULE__, idx, name: :"#{__MODULE__}_#{idx}")
  def apply(client_id, attrs), do: GenServer.call(:"#{__MODULE__}_#{worker(client_id)}", {:apply, client_id, attrs})

  @impl true
  def init(idx), do: {:ok, idx}

  @impl true
  def handle_call({:apply, client_id, attrs}, _from, state) do
    {:reply, P.Orders.update(client_id, attrs), state}
  end

  defp worker(client_id), do: rem(:erlang.phash2(client_id), 4)
end
