defmodule MyApp.Cache.BusterWorker do
  @moduledoc """
  Busts cache keys off the caller's path. Started as a PartitionSupervisor pool: one worker per
  scheduler, each taking the casts routed to it (logflare's CacheBusterWorker shape), so at most
  that many busts run at once. Stateless, but the pool bounds the work on purpose.
  """
  use GenServer

  @supervisor MyApp.Cache.BusterSupervisor

  def child_spec(_opts) do
    %{id: @supervisor, start: {PartitionSupervisor, :start_link, [[child_spec: %{id: __MODULE__, start: {__MODULE__, :start_link, [[]]}}, name: @supervisor]]}}
  end

  def bust(keys), do: GenServer.cast({:via, PartitionSupervisor, {@supervisor, keys}}, {:bust, keys})

  def start_link(args), do: GenServer.start_link(__MODULE__, args)

  @impl true
  def init(state), do: {:ok, state}

  @impl true
  def handle_cast({:bust, keys}, state) do
    MyApp.Cache.delete_all(keys)
    {:noreply, state}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Cache.BusterWorker]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
