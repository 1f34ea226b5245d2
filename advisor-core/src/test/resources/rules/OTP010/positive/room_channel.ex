defmodule MyAppWeb.RoomChannel do
  @moduledoc """
  Every join starts (or finds) the room process through one DynamicSupervisor.
  All joins on all schedulers line up in that supervisor's mailbox.
  """
  use MyAppWeb, :channel

  def join("room:" <> room_id, _params, socket) do
    case DynamicSupervisor.start_child(MyApp.RoomSupervisor, {MyApp.Rooms.Room, room_id}) do # expect: OTP010
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
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.RoomSupervisor},
      MyAppWeb.Endpoint
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
