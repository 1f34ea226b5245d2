defmodule MyApp.Payments.TerminalClient do
  @moduledoc """
  Talks to the card terminal over one TCP connection. The protocol is strictly
  request/response, so access is serialized through this process on purpose.
  """
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def charge(amount_cents), do: GenServer.call(__MODULE__, {:request, "CHARGE #{amount_cents}\n"}, 30_000)

  @impl true
  def init(opts), do: {:ok, %{opts: opts, socket: nil}, {:continue, :connect}}

  @impl true
  def handle_continue(:connect, %{opts: opts} = state) do
    {:ok, socket} = :gen_tcp.connect(opts[:host], opts[:port], [:binary, active: false, packet: :line])
    {:noreply, %{state | socket: socket}}
  end

  @impl true
  def handle_call({:request, line}, _from, %{socket: socket} = state) do
    :ok = :gen_tcp.send(socket, line)
    {:reply, :gen_tcp.recv(socket, 0, 25_000), state}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{MyApp.Payments.TerminalClient, host: ~c"10.0.0.20", port: 9100}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
