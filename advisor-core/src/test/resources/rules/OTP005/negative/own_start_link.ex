defmodule MyApp.Chat.Room do
  @moduledoc "Its own start_link is what the child spec calls: started by a supervisor."
  use GenServer, restart: :transient

  def start_link(room_id) do
    GenServer.start_link(__MODULE__, room_id, name: {:via, Registry, {MyApp.RoomRegistry, room_id}})
  end

  def open(room_id) do
    case DynamicSupervisor.start_child(MyApp.RoomSupervisor, {__MODULE__, room_id}) do
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
    end
  end

  @impl true
  def init(room_id), do: {:ok, %{id: room_id, messages: []}, 60_000}

  @impl true
  def handle_cast({:post, msg}, state), do: {:noreply, %{state | messages: Enum.take([msg | state.messages], 100)}, 60_000}

  @impl true
  def handle_info(:timeout, state), do: {:stop, :normal, state}
end

defmodule MyApp.Chat.Stats do
  @moduledoc "A counter Agent; its start_link runs under the application supervisor."
  use Agent

  def start_link(_opts), do: Agent.start_link(fn -> 0 end, name: __MODULE__)
  def bump, do: Agent.update(__MODULE__, &(&1 + 1))
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.RoomRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.RoomSupervisor},
      MyApp.Chat.Stats
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
