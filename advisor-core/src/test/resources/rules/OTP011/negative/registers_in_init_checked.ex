defmodule MyApp.Room do
  @moduledoc "Registers in init/1 and stops when the key is taken; joins a group on a :duplicate registry."
  use GenServer, restart: :transient

  def start_link(room_id), do: GenServer.start_link(__MODULE__, room_id)

  def open(room_id), do: DynamicSupervisor.start_child(MyApp.RoomSupervisor, {__MODULE__, room_id})

  def say(pid, text), do: GenServer.cast(pid, {:say, text})

  @impl true
  def init(room_id) do
    case Registry.register(MyApp.Registry, {__MODULE__, room_id}, room_id) do
      {:ok, _} ->
        Process.send_after(self(), :expire, 600_000)
        {:ok, %{id: room_id, lines: []}}

      {:error, {:already_registered, pid}} -> {:stop, {:already_registered, pid}}
    end
  end

  @impl true
  def handle_cast({:say, text}, state), do: {:noreply, %{state | lines: [text | state.lines]}}

  @impl true
  def handle_info(:expire, state), do: {:stop, :normal, state}
end

defmodule MyApp.Listener do
  @moduledoc "A registration on a :duplicate registry joins a topic: it names nothing."
  use GenServer, restart: :transient

  def start_link(topic), do: GenServer.start_link(__MODULE__, topic)

  def listen(topic), do: DynamicSupervisor.start_child(MyApp.RoomSupervisor, {__MODULE__, topic})

  def count(pid), do: GenServer.call(pid, :count)

  @impl true
  def init(topic) do
    Registry.register(MyApp.Topics, topic, [])
    Process.send_after(self(), :expire, 600_000)
    {:ok, %{topic: topic, seen: 0}}
  end

  @impl true
  def handle_call(:count, _from, state), do: {:reply, state.seen, state}

  @impl true
  def handle_info(:expire, state), do: {:stop, :normal, state}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.Registry},
      {Registry, keys: :duplicate, name: MyApp.Topics},
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.RoomSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
