defmodule Inventory.Thresholds do
  @moduledoc "The reorder threshold the buyers set, one for every SKU."
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, 10, name: __MODULE__)

  def threshold, do: GenServer.call(__MODULE__, :get)
  def set_threshold(level), do: GenServer.cast(__MODULE__, {:set, level})

  @impl true
  def init(level), do: {:ok, level}

  @impl true
  def handle_call(:get, _from, level), do: {:reply, level, level}

  @impl true
  def handle_cast({:set, level}, _level), do: {:noreply, level}
end
