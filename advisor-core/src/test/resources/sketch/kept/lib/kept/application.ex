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

  def change_party(userid, party_id) do
    [{pid, _}] = Registry.lookup(Kept.ClientRegistry, userid)
    GenServer.call(pid, {:change_party, party_id})
  end
end
