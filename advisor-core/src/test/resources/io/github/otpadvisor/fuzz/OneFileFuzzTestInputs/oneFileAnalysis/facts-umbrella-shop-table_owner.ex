defmodule Shop.TableOwner do
  @moduledoc "Owns the prices table; readers go to ETS directly."
  use GenServer

  @table :shop_prices

  def start_link(_), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)

  def price(sku) do
    case :ets.lookup(@table, sku) do
      [{^sku, price}] -> price
      [] -> nil
    end
  end

  @impl true
  def init([]) do
    Process.flag(:trap_exit, true)
    table = :ets.new(@table, [:named_table, :public, read_concurrency: true])
    {:ok, %{table: table}}
  end

  @impl true
  def handle_info({:EXIT, _pid, _reason}, state) do
    {:noreply, state}
  end
end
