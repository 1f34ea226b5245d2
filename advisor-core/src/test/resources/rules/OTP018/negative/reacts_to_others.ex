defmodule MyApp.Connection do
  @moduledoc "Ends when its socket closes or the process it watches goes: the restart is how it reconnects."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok) do
    Process.monitor(Process.whereis(MyApp.Assigner))
    {:ok, %{socket: nil}, {:continue, :connect}}
  end

  @impl true
  def handle_continue(:connect, state) do
    {:ok, socket} = :gen_tcp.connect(~c"localhost", 4000, [:binary, active: true])
    {:noreply, %{state | socket: socket}}
  end

  @impl true
  def handle_info({:tcp_closed, _socket}, state), do: {:stop, :normal, state}
  def handle_info({:DOWN, _ref, :process, _pid, _reason}, state), do: {:stop, :normal, state}
  def handle_info({:tcp, _socket, data}, state), do: {:noreply, Map.put(state, :last, data)}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([MyApp.Connection], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
