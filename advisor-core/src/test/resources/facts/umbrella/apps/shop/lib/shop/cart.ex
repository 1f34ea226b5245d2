defmodule Shop.Cart do
  @moduledoc "One process per shopping cart, found through the registry."
  use GenServer

  def start_link(cart_id) do
    GenServer.start_link(__MODULE__, cart_id, name: via_tuple(cart_id))
  end

  def get_or_start(cart_id) do
    case Registry.lookup(Shop.Registry, cart_id) do
      [{pid, _}] -> {:ok, pid}
      [] -> DynamicSupervisor.start_child(Shop.CartSupervisor, {__MODULE__, cart_id})
    end
  end

  def items(cart_id), do: GenServer.call(via_tuple(cart_id), :items)
  def add(cart_id, item), do: GenServer.cast(via_tuple(cart_id), {:add, item})

  defp via_tuple(cart_id), do: {:via, Registry, {Shop.Registry, cart_id}}

  @impl true
  def init(_cart_id), do: {:ok, %{items: []}}

  @impl true
  def handle_call(:items, _from, state) do
    {:reply, state.items, state}
  end

  @impl true
  def handle_cast({:add, item}, state) do
    {:noreply, Map.update(state, :items, [item], &[item | &1])}
  end
end
