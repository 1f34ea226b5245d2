defmodule Shop.PriceCache do
  @moduledoc "Prices by SKU. A singleton GenServer used as a key-value store."
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)

  def get(sku), do: GenServer.call(__MODULE__, {:get, sku})
  def put(sku, price), do: GenServer.cast(__MODULE__, {:put, sku, price})

  @impl true
  def init(prices), do: {:ok, prices}

  @impl true
  def handle_call({:get, sku}, _from, prices), do: {:reply, Map.get(prices, sku), prices}

  @impl true
  def handle_cast({:put, sku, price}, prices), do: {:noreply, Map.put(prices, sku, price)}
end
