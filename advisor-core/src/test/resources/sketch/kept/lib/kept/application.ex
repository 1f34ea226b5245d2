defmodule Kept.Application do
  use Application

  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: Kept.ClientRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: Kept.ClientSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Kept.Supervisor)
  end

  def start_client(client) do
    DynamicSupervisor.start_child(Kept.ClientSupervisor, {Kept.ClientServer, data: %{client: client}})
  end
end
