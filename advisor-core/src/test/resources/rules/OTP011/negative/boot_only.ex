defmodule Reports.Scheduler do
  @moduledoc "Looked up and started by the application's start/2 only: one caller, nobody to race with."

  def ensure_started do
    case Registry.lookup(Reports.Registry, :nightly) do
      [{pid, _}] -> {:ok, pid}
      [] -> DynamicSupervisor.start_child(Reports.JobSupervisor, {Reports.Nightly, :nightly})
    end
  end
end

defmodule Reports.Nightly do
  use GenServer

  def start_link(key), do: GenServer.start_link(__MODULE__, key, name: {:via, Registry, {Reports.Registry, key}})

  @impl true
  def init(key) do
    Process.send_after(self(), :run, :timer.hours(24))
    {:ok, %{key: key, runs: 0}}
  end

  @impl true
  def handle_info(:run, state) do
    Reports.Builder.nightly()
    Process.send_after(self(), :run, :timer.hours(24))
    {:noreply, %{state | runs: state.runs + 1}}
  end
end

defmodule Reports.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: Reports.Registry},
      {DynamicSupervisor, strategy: :one_for_one, name: Reports.JobSupervisor}
    ]

    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one, name: Reports.Supervisor)
    {:ok, _} = Reports.Scheduler.ensure_started()
    {:ok, sup}
  end
end
