defmodule MyApp.Chat.MemberTracker do
  @moduledoc "Per chat room: which channel processes are connected. Monitors each of them."
  use GenServer

  def start_link(room_id) do
    GenServer.start_link(__MODULE__, room_id, name: {:via, Registry, {MyApp.TrackerRegistry, room_id}})
  end

  def ensure_started(room_id) do
    case DynamicSupervisor.start_child(MyApp.TrackerSupervisor, {__MODULE__, room_id}) do
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
    end
  end

  @impl true
  def init(room_id), do: {:ok, %{room_id: room_id, members: %{}}}

  @impl true
  def handle_call({:join, user_id, channel_pid}, _from, state) do
    ref = Process.monitor(channel_pid)
    {:reply, :ok, put_in(state.members[ref], user_id)}
  end

  @impl true
  def handle_info({:DOWN, ref, :process, _pid, _reason}, state) do
    {_user_id, members} = Map.pop(state.members, ref)
    {:noreply, %{state | members: members}}
  end

  def handle_info(_other, state), do: {:noreply, state}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.TrackerRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.TrackerSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
