defmodule Gateway.Protocol do
  @moduledoc "A ranch protocol: ranch starts one per connection with start_link/3 from the listener's options."
  use GenServer
  @behaviour :ranch_protocol

  @impl :ranch_protocol
  def start_link(ref, transport, opts) do
    {:ok, :proc_lib.spawn_link(__MODULE__, :init, [{ref, transport, opts}])}
  end

  @impl GenServer
  def init({ref, transport, _opts}) do
    {:ok, socket} = :ranch.handshake(ref)
    :ok = transport.setopts(socket, active: :once)
    :gen_server.enter_loop(__MODULE__, [], %{socket: socket, transport: transport})
  end

  @impl GenServer
  def handle_info({:tcp, socket, data}, state) do
    state.transport.send(socket, data)
    state.transport.setopts(socket, active: :once)
    {:noreply, state}
  end

  def handle_info({:tcp_closed, _socket}, state), do: {:stop, :normal, state}
end

defmodule Gateway.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([Gateway.Listener], strategy: :one_for_one, name: Gateway.Supervisor)
  end
end
