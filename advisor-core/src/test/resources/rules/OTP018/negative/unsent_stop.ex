defmodule MyApp.TrackerManager do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
  def track(id), do: GenServer.cast(__MODULE__, {:track, id})

  # The :stop it sends goes to another module's process, whose pid that module's lookup gives (wanderer's shape).
  def stop_transactions(id) do
    case MyApp.TransactionsTracker.pid(id) do
      pid when is_pid(pid) -> GenServer.call(pid, :stop)
      nil -> :ok
    end
  end

  @impl true
  def init(_opts), do: {:ok, %{tracked: MapSet.new()}}

  @impl true
  def handle_cast({:track, id}, state), do: {:noreply, %{state | tracked: MapSet.put(state.tracked, id)}}

  # No code sends :stop: the clause never runs, so the server never ends itself here.
  @impl true
  def handle_call(:stop, _from, state), do: {:stop, :normal, :ok, state}
end

defmodule MyApp.Stopper do
  # A :stop call to another module's name does not reach the tracker.
  def stop_other, do: GenServer.call(MyApp.Other, :stop)
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([MyApp.TrackerManager], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
