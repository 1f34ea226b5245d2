defmodule Placed.Application do
  use Application

  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: Placed.Registry},
      {DynamicSupervisor, strategy: :one_for_one, name: Placed.Sessions},
      {PartitionSupervisor, child_spec: DynamicSupervisor, name: Placed.Rooms},
      Placed.Ticker
    ]

    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one, name: Placed.Supervisor)
    # a singleton started once at boot through start_child: a static child would do
    {:ok, _} = DynamicSupervisor.start_child(Placed.Sessions, Placed.Clock)
    {:ok, sup}
  end
end
