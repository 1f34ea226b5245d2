defmodule Sync.Manager do
  @moduledoc """
  Lookup and start run inside the manager's own handle_call: its one process serializes the callers,
  so no two lookups interleave.
  """
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  def worker_for(repo_id), do: GenServer.call(__MODULE__, {:worker_for, repo_id})

  @impl true
  def init(:ok), do: {:ok, %{started: 0}}

  @impl true
  def handle_call({:worker_for, repo_id}, _from, state) do
    {pid, started} = lookup_or_start(repo_id, state.started)
    {:reply, pid, %{state | started: started}}
  end

  defp lookup_or_start(repo_id, started) do
    case Registry.lookup(Sync.Registry, repo_id) do
      [{pid, _}] ->
        {pid, started}

      [] ->
        {:ok, pid} = DynamicSupervisor.start_child(Sync.WorkerSupervisor, {Sync.Worker, repo_id})
        {pid, started + 1}
    end
  end
end

defmodule Sync.Worker do
  use GenServer

  def start_link(repo_id), do: GenServer.start_link(__MODULE__, repo_id, name: {:via, Registry, {Sync.Registry, repo_id}})

  @impl true
  def init(repo_id) do
    Process.send_after(self(), :sync, 1_000)
    {:ok, %{repo: repo_id, last: nil}}
  end

  @impl true
  def handle_info(:sync, state) do
    Process.send_after(self(), :sync, 60_000)
    {:noreply, %{state | last: Sync.Git.fetch(state.repo)}}
  end
end

defmodule Sync.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: Sync.Registry},
      {DynamicSupervisor, strategy: :one_for_one, name: Sync.WorkerSupervisor},
      Sync.Manager
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Sync.Supervisor)
  end
end
