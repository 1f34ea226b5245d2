defmodule MyApp.Counters.BlocksIndexed do
  @moduledoc """
  Refreshes a counter in the background from init/1 (blockscout's BlocksIndexedCounter shape): the task is
  linked to this supervised GenServer, so it dies and restarts with it.
  """
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(opts) do
    Task.start_link(&refresh/0)
    spawn_link(fn -> MyApp.Repo.warm() end)
    {:ok, opts}
  end

  @impl true
  def handle_info(:refresh, state) do
    {:noreply, state}
  end

  def refresh, do: MyApp.Repo.count_blocks()
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Counters.BlocksIndexed]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
