defmodule MyApp.Storage.Connection do
  @moduledoc """
  Connects synchronously before its siblings start; when the connection fails it waits a moment before
  returning {:stop, reason}, so quick failures do not use up the supervisor's restart intensity. The sleep
  is only on the failure branch: a start that succeeds does not wait for it.
  """
  use GenServer
  require Logger

  @restart_delay 2_000

  def start_link(args), do: GenServer.start_link(__MODULE__, args, name: __MODULE__)

  @impl true
  def init(args) do
    Process.flag(:trap_exit, true)

    case Redix.start_link(Keyword.merge(args, name: :storage_redix, sync_connect: true)) do
      {:ok, pid} ->
        {:ok, pid}

      {:error, reason} ->
        Logger.warning("Redix failed to start: #{inspect(reason)}")
        Process.sleep(@restart_delay)
        {:stop, reason}
    end
  end

  @impl true
  def handle_info({:EXIT, _pid, reason}, state), do: {:stop, reason, state}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    children = [{MyApp.Storage.Connection, host: "localhost"}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
