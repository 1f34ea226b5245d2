defmodule MyApp.Market.History do
  @moduledoc """
  Blockscout's Explorer.Market.Fetcher.History shape: the task reads both fields the state has, so
  binding them before the fn would copy the same data.
  """
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(opts) do
    state = %{sources: Keyword.fetch!(opts, :sources), day_count: 30}
    send(self(), :fetch)
    {:ok, state}
  end

  @impl true
  def handle_info(:fetch, state) do
    Task.Supervisor.async_nolink(MyApp.TaskSupervisor, fn ->
      Enum.map(state.sources, & &1.fetch_history(state.day_count))
    end)

    {:noreply, state}
  end

  def handle_info({ref, history}, state) when is_reference(ref) do
    Process.demonitor(ref, [:flush])
    MyApp.Market.store_history(history)
    Process.send_after(self(), :fetch, 3_600_000)
    {:noreply, state}
  end

  def handle_info({:DOWN, _ref, :process, _pid, _reason}, state), do: {:noreply, state}
end
