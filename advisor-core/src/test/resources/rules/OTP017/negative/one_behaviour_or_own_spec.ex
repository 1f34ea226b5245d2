defmodule MyApp.Jobs.Supervisor do
  @moduledoc "Two behaviours, but its own child_spec/1 says what the supervisor gets."
  use DynamicSupervisor
  use Task

  def child_spec(arg) do
    %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}, type: :supervisor, restart: :permanent}
  end

  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(_arg), do: DynamicSupervisor.init(strategy: :one_for_one)
end

defmodule MyAppWeb.RoomChannel do
  @moduledoc "One process behaviour next to others that define no child spec."
  use MyAppWeb, :channel
  use GenServer

  def start_link(room), do: GenServer.start_link(__MODULE__, room)

  @impl true
  def init(room), do: {:ok, room}
end

defmodule MyApp.Worker do
  use GenServer
  use GenServer

  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)

  @impl true
  def init(arg), do: {:ok, arg}
end

defmodule MyApp.Counter do
  @moduledoc "Agent and GenServer generate the same spec (a permanent worker): nothing changes for the supervisor."
  use Agent
  use GenServer

  def start_link(_), do: Agent.start_link(fn -> 0 end, name: __MODULE__)
end
