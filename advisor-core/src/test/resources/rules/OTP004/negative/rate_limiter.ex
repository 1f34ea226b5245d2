defmodule MyApp.RateLimiter do
  @moduledoc """
  Requests per client per minute. Callers count in ETS themselves
  (update_counter is atomic); the GenServer owns the table and clears old
  windows: the seed's "ETS + GenServer cleanup".
  """
  use GenServer

  @table :rate_limits

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  def hit(client_id, limit) do
    window = div(System.system_time(:second), 60)
    count = :ets.update_counter(@table, {client_id, window}, 1, {{client_id, window}, 0})
    if count <= limit, do: :ok, else: {:error, :rate_limited}
  end

  @impl true
  def init(:ok) do
    :ets.new(@table, [:named_table, :public, write_concurrency: true])
    Process.send_after(self(), :cleanup, :timer.minutes(1))
    {:ok, nil}
  end

  @impl true
  def handle_info(:cleanup, state) do
    current = div(System.system_time(:second), 60)
    :ets.select_delete(@table, [{{{:_, :"$1"}, :_}, [{:<, :"$1", current}], [true]}])
    Process.send_after(self(), :cleanup, :timer.minutes(1))
    {:noreply, state}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.RateLimiter]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
