defmodule MyApp.AssignerMonitor do
  @moduledoc """
  Links a cluster-wide singleton in init/1 and restarts it on :DOWN (reticulum's RoomAssignerMonitor): a local crash
  takes the monitor down through the link, and its supervisor's restart starts the singleton again in init/1; one
  running on another node is only monitored.
  """
  use GenServer, restart: :transient

  def start_link(_arg), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)

  def init(_arg), do: {:ok, ensure_assigner()}

  def handle_info({:DOWN, _, :process, _pid, :normal}, pid), do: {:stop, :normal, pid}
  def handle_info({:DOWN, _, :process, _pid, _reason}, _pid), do: {:noreply, ensure_assigner()}

  defp ensure_assigner do
    pid =
      case GenServer.start_link(MyApp.Assigner, [], name: {:global, MyApp.Assigner}) do
        {:ok, pid} -> pid
        {:error, {:already_started, pid}} -> pid
      end

    Process.monitor(pid)
    pid
  end
end

defmodule MyApp.Assigner do
  use GenServer
  def init(state), do: {:ok, state}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    Supervisor.start_link([MyApp.AssignerMonitor], strategy: :one_for_one)
  end
end
