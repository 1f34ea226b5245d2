defmodule MyApp.Telemetry.StatsdClient do
  @moduledoc "Owns one UDP socket and pushes metrics through it. State is read by every cast."
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def increment(metric), do: GenServer.cast(__MODULE__, {:send, "#{metric}:1|c"})
  def timing(metric, ms), do: GenServer.cast(__MODULE__, {:send, "#{metric}:#{ms}|ms"})

  @impl true
  def init(opts) do
    {:ok, socket} = :gen_udp.open(0, [:binary, active: false])
    {:ok, %{socket: socket, host: Keyword.fetch!(opts, :host), port: Keyword.fetch!(opts, :port)}}
  end

  @impl true
  def handle_cast({:send, packet}, %{socket: socket, host: host, port: port} = state) do
    :ok = :gen_udp.send(socket, host, port, packet)
    {:noreply, state}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{MyApp.Telemetry.StatsdClient, host: ~c"localhost", port: 8125}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
