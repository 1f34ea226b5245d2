defmodule P.BootMigration do
  # smartcitiesdata's Andi.Migration.Migrations: init/1 migrates, then continues to a clause that stops normally.
  # A start-up step: its place in the children list orders it before what needs the migration.
  use GenServer, restart: :transient

  def start_link(args), do: GenServer.start_link(__MODULE__, args, name: __MODULE__)

  def init(_args) do
    P.Store.migrate_once("modified_date_migration_completed")
    {:ok, :ok, {:continue, :stop}}
  end

  def handle_continue(:stop, state), do: {:stop, :normal, state}
end
