defmodule MyApp.BootMigrations do
  @moduledoc """
  Migrations that run during boot: init/1 does them, so the children listed after it start on the migrated
  data, then the process stops normally right after (restart: :transient). A start-up step.
  """
  use GenServer, restart: :transient

  def start_link(args), do: GenServer.start_link(__MODULE__, args, name: __MODULE__)

  @impl true
  def init(_args) do
    {:ok, conn} = Redix.start_link(host: "localhost")
    {:ok, keys} = Redix.command(conn, ["KEYS", "jobs:*"])
    Enum.each(keys, &Redix.command(conn, ["RENAME", &1, "v2:" <> &1]))
    :ok = Redix.stop(conn)
    {:ok, :done, {:continue, :stop}}
  end

  @impl true
  def handle_continue(:stop, state), do: {:stop, :normal, state}
end

defmodule MyApp.Application do
  use Application

  def start(_type, _args) do
    children = [MyApp.BootMigrations, MyAppWeb.Endpoint]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
