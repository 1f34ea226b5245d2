defmodule Inventory.PriceMath do
  @moduledoc "Discount arithmetic, wrapped in a process for no reason."
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)

  def discounted(price, pct), do: GenServer.call(__MODULE__, {:discounted, price, pct})

  @impl true
  def init(nil), do: {:ok, nil}

  @impl true
  def handle_call({:discounted, price, pct}, _from, state) do
    {:reply, price - div(price * pct, 100), state}
  end
end
