defmodule Metrics.Supervisor do
  @moduledoc "A supervisor for the metrics pipeline that no tree lists: its children never start either."
  use Supervisor

  def start_link(opts) do # expect: OTP015
    Supervisor.start_link(__MODULE__, opts, name: __MODULE__)
  end

  @impl true
  def init(_opts) do
    children = [Metrics.Collector]
    Supervisor.init(children, strategy: :one_for_one)
  end
end

defmodule Metrics.Collector do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def record(name, value), do: GenServer.cast(__MODULE__, {:record, name, value})

  @impl true
  def init(_opts) do
    :timer.send_interval(10_000, :flush)
    {:ok, %{}}
  end

  @impl true
  def handle_cast({:record, name, value}, state), do: {:noreply, Map.update(state, name, [value], &[value | &1])}

  @impl true
  def handle_info(:flush, state) do
    Metrics.Statsd.send_all(state)
    {:noreply, %{}}
  end
end

defmodule Metrics.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([Metrics.Statsd], strategy: :one_for_one, name: Metrics.RootSupervisor)
  end
end
