defmodule Cluster.Sessions do
  @moduledoc """
  Horde and :global settle name conflicts across the cluster themselves (the loser is stopped later):
  the local already_started clause is not their fix.
  """

  def session(user_id) do
    case Horde.Registry.lookup(Cluster.HordeRegistry, user_id) do
      [{pid, _}] -> {:ok, pid}
      [] -> DynamicSupervisor.start_child(Cluster.SessionSupervisor, {Cluster.Session, user_id})
    end
  end

  def scheduler do
    case :global.whereis_name(Cluster.Scheduler) do
      :undefined -> DynamicSupervisor.start_child(Cluster.SessionSupervisor, {Cluster.Session, :scheduler})
      pid -> {:ok, pid}
    end
  end
end

defmodule Cluster.Session do
  use GenServer, restart: :transient

  def start_link(user_id) do
    GenServer.start_link(__MODULE__, user_id, name: {:via, Horde.Registry, {Cluster.HordeRegistry, user_id}})
  end

  @impl true
  def init(user_id), do: {:ok, %{user: user_id, seen: nil}, :timer.minutes(5)}

  @impl true
  def handle_cast({:seen, at}, state), do: {:noreply, %{state | seen: at}, :timer.minutes(5)}

  @impl true
  def handle_info(:timeout, state), do: {:stop, :normal, state}
end

defmodule Cluster.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Horde.Registry, keys: :unique, name: Cluster.HordeRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: Cluster.SessionSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Cluster.Supervisor)
  end
end
