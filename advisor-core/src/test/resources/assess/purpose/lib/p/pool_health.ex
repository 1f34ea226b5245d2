defmodule P.PoolHealth do
  # mobile_app_backend's Health.FinchPool: init/1 keeps a reference to the pool-status function, which handle_info
  # calls later; taking the reference is no HTTP request. Its init continues with a first check: no timeout either.
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(opts) do
    status_fn = Keyword.get(opts, :status_fn, &Finch.get_pool_status/2)
    {:ok, %{status_fn: status_fn, healthy?: true}, {:continue, :check}}
  end

  @impl true
  def handle_continue(:check, state), do: {:noreply, check(state)}

  @impl true
  def handle_info(:check, state), do: {:noreply, check(state)}

  defp check(%{status_fn: status_fn} = state) do
    Process.send_after(self(), :check, 30_000)
    %{state | healthy?: match?({:ok, _}, status_fn.(P.Finch, "https://api.example"))}
  end
end
