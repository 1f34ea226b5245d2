defmodule MyApp.TcpServer do
  @moduledoc """
  elixir-ls MCP.TCPServer shape: a three-key state whose unread clients map grows with every accepted
  connection, copied whole into the acceptor task for the listen socket alone.
  """
  use GenServer

  def start_link(port), do: GenServer.start_link(__MODULE__, port, name: __MODULE__)

  @impl true
  def init(port) do
    {:ok, listen} = :gen_tcp.listen(port, [:binary, active: false, reuseaddr: true])
    send(self(), :accept)
    {:ok, %{listen: listen, port: port, clients: %{}}}
  end

  @impl true
  def handle_info(:accept, state) do
    me = self()
    Task.Supervisor.start_child(MyApp.TaskSupervisor, fn -> accept(me, state.listen) end) # expect: OTP009
    {:noreply, state}
  end

  def handle_info({:accepted, socket}, state) do
    :inet.setopts(socket, active: true)
    send(self(), :accept)
    {:noreply, %{state | clients: Map.put(state.clients, socket, %{})}}
  end

  def handle_info({:tcp_closed, socket}, state) do
    {:noreply, %{state | clients: Map.delete(state.clients, socket)}}
  end

  def handle_info(_msg, state), do: {:noreply, state}

  defp accept(owner, listen) do
    {:ok, socket} = :gen_tcp.accept(listen)
    :gen_tcp.controlling_process(socket, owner)
    send(owner, {:accepted, socket})
  end
end
