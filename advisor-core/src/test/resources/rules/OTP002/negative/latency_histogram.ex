defmodule MyApp.Metrics.LatencyHistogram do
  @moduledoc "Buckets request latencies; the call handler updates the state it replies from."
  use GenServer

  @bounds [5, 10, 25, 50, 100, 250, 500, 1000]

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  def observe(ms), do: GenServer.call(__MODULE__, {:observe, ms})

  @impl true
  def init(:ok), do: {:ok, {List.duplicate(0, length(@bounds) + 1), 0}}

  @impl true
  def handle_call({:observe, ms}, _from, {buckets, count}) do
    index = Enum.find_index(@bounds, &(ms <= &1)) || length(@bounds)
    buckets = List.update_at(buckets, index, &(&1 + 1))
    {:reply, {index, count + 1}, {buckets, count + 1}}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Metrics.LatencyHistogram]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
