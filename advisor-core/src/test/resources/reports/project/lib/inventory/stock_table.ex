defmodule Inventory.StockTable do
  @moduledoc "Stock levels by SKU, read on every page view."
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)

  def level(sku), do: GenServer.call(__MODULE__, {:level, sku})
  def set_level(sku, n), do: GenServer.cast(__MODULE__, {:set_level, sku, n})

  @impl true
  def init(levels), do: {:ok, levels}

  @impl true
  def handle_call({:level, sku}, _from, levels), do: {:reply, Map.get(levels, sku, 0), levels}

  @impl true
  def handle_cast({:set_level, sku, n}, levels), do: {:noreply, Map.put(levels, sku, n)}
end
