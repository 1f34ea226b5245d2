defmodule MyApp.Market.CoinFetcher do
  @moduledoc """
  Blockscout's Explorer.Market.Fetcher.Coin shape: the state is a struct of two source modules, so
  capturing it whole in the task costs as little as binding the one module the task calls.
  """
  use GenServer

  defstruct [:native_source, :secondary_source]

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(opts) do
    send(self(), :fetch)
    {:ok, %__MODULE__{native_source: opts[:native], secondary_source: opts[:secondary]}}
  end

  @impl true
  def handle_info(:fetch, state) do
    fetch_rates(state)
    {:noreply, state}
  end

  def handle_info({ref, rates}, state) when is_reference(ref) do
    Process.demonitor(ref, [:flush])
    MyApp.Market.store(rates)
    Process.send_after(self(), :fetch, 60_000)
    {:noreply, state}
  end

  def handle_info({:DOWN, _ref, :process, _pid, _reason}, state) do
    Process.send_after(self(), :fetch, 60_000)
    {:noreply, state}
  end

  defp fetch_rates(state) do
    if state.native_source do
      Task.Supervisor.async_nolink(MyApp.TaskSupervisor, fn -> state.native_source.fetch_rates() end)
    end
  end
end
