defmodule MyApp.Fleet.DeviceConnection do
  @moduledoc """
  One TCP connection per device. A misbehaving device must crash only its own
  connection, and socket data arrives as messages: isolation and handle_info.
  """
  use GenServer, restart: :transient

  def start_link({device_id, host, port}) do
    GenServer.start_link(__MODULE__, {host, port}, name: {:via, Registry, {MyApp.DeviceRegistry, device_id}})
  end

  def connect(device_id, host, port) do
    case DynamicSupervisor.start_child(MyApp.DeviceSupervisor, {__MODULE__, {device_id, host, port}}) do
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
    end
  end

  @impl true
  def init({host, port}), do: {:ok, %{host: host, port: port, socket: nil}, {:continue, :connect}}

  @impl true
  def handle_continue(:connect, state) do
    {:ok, socket} = :gen_tcp.connect(state.host, state.port, [:binary, active: :once])
    {:noreply, %{state | socket: socket}}
  end

  @impl true
  def handle_info({:tcp, socket, data}, state) do
    MyApp.Fleet.Telemetry.ingest(data)
    :inet.setopts(socket, active: :once)
    {:noreply, state}
  end

  def handle_info({:tcp_closed, _socket}, state), do: {:stop, :normal, state}
  def handle_info(_other, state), do: {:noreply, state}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.DeviceRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.DeviceSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
