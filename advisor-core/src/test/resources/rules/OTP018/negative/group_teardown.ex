defmodule MyApp.Peer do
  use Supervisor, restart: :temporary

  def start_link(socket), do: Supervisor.start_link(__MODULE__, socket)

  @impl true
  def init(socket) do
    children = [{MyApp.Peer.Sender, socket}, {MyApp.Peer.Controller, socket}]
    Supervisor.init(children, strategy: :one_for_all, max_restarts: 0)
  end
end

defmodule MyApp.Peer.Sender do
  use GenServer

  def start_link(socket), do: GenServer.start_link(__MODULE__, socket)

  @impl true
  def init(socket), do: {:ok, socket}
end

defmodule MyApp.Peer.Controller do
  use GenServer

  def start_link(socket), do: GenServer.start_link(__MODULE__, socket)
  def protocol_error(pid), do: GenServer.cast(pid, :protocol_error)

  @impl true
  def init(socket), do: {:ok, socket}

  @impl true
  def handle_cast(:protocol_error, state), do: {:stop, {:shutdown, :protocol_error}, state}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    children = [{DynamicSupervisor, name: MyApp.Peers, strategy: :one_for_one}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end

  def connect(socket), do: DynamicSupervisor.start_child(MyApp.Peers, {MyApp.Peer, socket})
end
