defmodule MyApp.TcpServer do
  @moduledoc """
  :accept is only ever sent from init/1: the clause runs once, on the state init/1 just built, whose
  client map is still empty, so capturing the state costs nothing worth narrowing.
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
    Task.Supervisor.start_child(MyApp.TaskSupervisor, fn -> accept_loop(me, state.listen) end)
    {:noreply, state}
  end

  def handle_info({:accepted, socket}, state) do
    {:noreply, %{state | clients: Map.put(state.clients, socket, %{})}}
  end

  defp accept_loop(owner, listen) do
    {:ok, socket} = :gen_tcp.accept(listen)
    :ok = :gen_tcp.controlling_process(socket, owner)
    send(owner, {:accepted, socket})
    accept_loop(owner, listen)
  end
end
