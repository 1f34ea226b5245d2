defmodule MyAppWeb.RoomChannel do
  @moduledoc """
  Joins start rooms through a PartitionSupervisor: one DynamicSupervisor per
  scheduler, the partition picked by room id, so joins do not queue behind
  one mailbox and a room id always lands in the same partition.
  """
  use MyAppWeb, :channel

  def join("room:" <> room_id, _params, socket) do
    sup = {:via, PartitionSupervisor, {MyApp.RoomSupervisors, room_id}}

    case DynamicSupervisor.start_child(sup, {MyApp.Rooms.Room, room_id}) do
      {:ok, pid} -> {:ok, assign(socket, room: pid)}
      {:error, {:already_started, pid}} -> {:ok, assign(socket, room: pid)}
      {:error, reason} -> {:error, %{reason: inspect(reason)}}
    end
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.RoomRegistry},
      {PartitionSupervisor, child_spec: DynamicSupervisor, name: MyApp.RoomSupervisors},
      MyAppWeb.Endpoint
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
