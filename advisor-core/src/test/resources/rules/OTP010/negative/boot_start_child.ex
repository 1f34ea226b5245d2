defmodule MyApp.Application do
  @moduledoc "Children added with start_child at boot, and by a singleton's handle_continue: started once."
  use Application

  @impl true
  def start(_type, _args) do
    children = [{DynamicSupervisor, strategy: :one_for_one, name: MyApp.ShardSupervisor}, MyApp.ShardStarter]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
    {:ok, _} = Supervisor.start_child(MyApp.Supervisor, {MyApp.Metrics, interval: 5_000})
    {:ok, sup}
  end
end

defmodule MyApp.ShardStarter do
  use GenServer

  def start_link(arg), do: GenServer.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(_arg), do: {:ok, %{}, {:continue, :start_shards}}

  @impl true
  def handle_continue(:start_shards, state) do
    for shard_id <- 1..8 do
      DynamicSupervisor.start_child(MyApp.ShardSupervisor, {MyApp.Shard, shard_id})
    end

    {:noreply, state}
  end
end
