defmodule MyApp.Shards.Starter do
  @moduledoc """
  Starts one shard process per configured shard, once, right after the
  DynamicSupervisor is up (rest_for_one: a supervisor restart replays it).
  """
  use Task

  def start_link(shards), do: Task.start_link(__MODULE__, :run, [shards])

  def run(shards) do
    Enum.each(shards, fn shard ->
      {:ok, _pid} = DynamicSupervisor.start_child(MyApp.ShardSupervisor, {MyApp.Shards.Shard, shard})
    end)
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    shards = Application.fetch_env!(:my_app, :shards)

    children = [
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.ShardSupervisor},
      {MyApp.Shards.Starter, shards}
    ]

    Supervisor.start_link(children, strategy: :rest_for_one, name: MyApp.Supervisor)
  end
end
