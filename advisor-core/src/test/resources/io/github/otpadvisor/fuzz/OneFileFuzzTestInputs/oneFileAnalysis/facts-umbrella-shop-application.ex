defmodule Shop.Application do
  @moduledoc false
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: Shop.Registry},
      {DynamicSupervisor, strategy: :one_for_one, name: Shop.CartSupervisor},
      Shop.Cache,
      {Shop.Calculator, []},
      Shop.Counter,
      {Task.Supervisor, name: Shop.TaskSupervisor},
      Shop.Workers.Supervisor,
      %{id: :poller, start: {Shop.Poller, :start_link, [[interval: 1_000]]}, restart: :permanent},
      Supervisor.child_spec({Shop.Counter, 10}, id: :second_counter),
      {PartitionSupervisor, child_spec: DynamicSupervisor, name: Shop.RoomSupervisors}
    ] ++ extra_children()

    opts = [strategy: :one_for_one, name: Shop.Supervisor, max_restarts: 3, max_seconds: 5]
    Supervisor.start_link(children, opts)
  end

  defp extra_children do
    Application.get_env(:shop, :extra_children, [])
  end
end
