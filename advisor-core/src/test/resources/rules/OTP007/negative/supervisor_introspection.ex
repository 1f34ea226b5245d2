defmodule MyApp.Ops do
  @moduledoc """
  Operator helpers called from a remote console. Supervisor and Registry calls
  on named processes are not a GenServer's private protocol.
  """

  def room_count, do: DynamicSupervisor.count_children(MyApp.RoomSupervisor).active

  def children, do: Supervisor.which_children(MyApp.Supervisor)

  def room_pid(room_id) do
    case Registry.lookup(MyApp.RoomRegistry, room_id) do
      [{pid, _value}] -> {:ok, pid}
      [] -> :error
    end
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.RoomRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.RoomSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
